package io.smsdocs.core.template;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a generation needs from its templates, in one place: the lookup chain (the docs repo's template
 * folder, then template packs on the classpath, then the built-in pack; see {@link TemplateSourceChain}),
 * the FreeMarker configuration over it, the document inventory, the message bundles, the packs' house
 * style and the warnings about overrides. Each job is done by its own class; this facade wires them.
 * Overriding one file never requires copying the others, and an override can include the built-in
 * version it replaces as {@code /builtin/documents/<id>.md.ftl}.
 */
public final class TemplateRepository {

    public static final String PACKS = PackCatalogue.PACKS;
    public static final String BUILT_IN_PACK = PackCatalogue.BUILT_IN_PACK;
    public static final String PACK_INDEX = PackCatalogue.PACK_INDEX;

    private final Path userDirectory;
    private final ClassLoader classLoader;
    private final PackCatalogue catalogue;
    private final TemplateSourceChain chain;
    private final DocumentInventory inventory;
    private final OverrideWarnings overrideWarnings;

    private TemplateRepository(Path userDirectory, String userDisplay, ClassLoader classLoader) {
        this.userDirectory = userDirectory == null ? null : userDirectory.toAbsolutePath().normalize();
        this.classLoader = classLoader;
        this.catalogue = PackCatalogue.read(classLoader);
        List<TemplateLayer> layers = new ArrayList<>();
        if (this.userDirectory != null) {
            layers.add(TemplateLayer.project(this.userDirectory, userDisplay));
        }
        catalogue.all().forEach(pack -> layers.add(TemplateLayer.pack(pack, classLoader)));
        this.chain = new TemplateSourceChain(layers);
        this.inventory = new DocumentInventory(chain, catalogue);
        this.overrideWarnings = new OverrideWarnings(chain, catalogue.builtIn().version());
    }

    /**
     * @param userDirectory the docs repo's template folder, or null
     * @param explicit      whether the user configured that folder; a configured folder must exist
     */
    public static TemplateRepository create(Path userDirectory, String userDisplay, boolean explicit, ClassLoader classLoader) {
        if (userDirectory != null && !Files.isDirectory(userDirectory)) {
            if (explicit) {
                throw new SmsException(Problem.error(SourceLocation.of(userDisplay), "the configured template directory does not exist",
                        "create it, or remove the " + io.smsdocs.core.problem.BuildSetting.named("templateDirectory") + " setting to use the built-in templates only"));
            }
            userDirectory = null;
        }
        return new TemplateRepository(userDirectory, userDisplay, classLoader);
    }

    /**
     * The FreeMarker configuration for this lookup chain. It is shared by every generation in the same
     * JVM with the same template folder and class loader, so parsed templates are reused; FreeMarker
     * still checks each template for changes on every use.
     */
    public freemarker.template.Configuration configuration() {
        return CONFIGURATIONS.computeIfAbsent(new ChainKey(userDirectory, classLoader), key -> SafeConfiguration.create(chain));
    }

    private record ChainKey(Path userDirectory, ClassLoader classLoader) {
    }

    /** A few recent chains; a long-lived JVM (a Maven daemon) may build many projects. */
    private static final Map<ChainKey, freemarker.template.Configuration> CONFIGURATIONS =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<ChainKey, freemarker.template.Configuration> eldest) {
                    return size() > 8;
                }
            });

    public String packVersion() {
        return catalogue.builtIn().version();
    }

    /** The lookup chain; FreeMarker loads templates through it (see {@link SafeConfiguration#create(TemplateSourceChain)}). */
    public TemplateSourceChain loader() {
        return chain;
    }

    /**
     * The fixed texts for one language and edition, merged over the lookup chain: the built-in pack,
     * then the packs, then the docs repo's {@code messages/} folder, each overriding key by key.
     */
    public Map<String, String> messages(String language, String edition) {
        // The sector points (sectors*.properties, keys sector.<id>.…) are read with the fixed texts, so a pack
        // adds a sector or a point the same way it changes a word.
        Map<String, String> all = new java.util.TreeMap<>(MessageBundles.load(bundleLayers(), "sectors", language, edition));
        // The lexicon of German role titles (grammar_de.properties, keys gender.<ending>) likewise.
        all.putAll(MessageBundles.load(bundleLayers(), "grammar", language, edition));
        all.putAll(MessageBundles.load(bundleLayers(), "messages", language, edition));
        return Map.copyOf(all);
    }

    /** The consultant guidance notes (guidance*.properties), keyed by document, section and clause. */
    public Map<String, String> guidance(String language, String edition) {
        return MessageBundles.load(bundleLayers(), "guidance", language, edition);
    }

    /** Languages are added by bundles: a language is available when some layer has its messages bundle. */
    public boolean hasLanguage(String language) {
        return MessageBundles.hasLanguage(chain.layers(), language);
    }

    /**
     * The languages a set can be written in with these templates: English, and each language some layer has a
     * messages bundle for ({@code messages/messages_de.properties}).
     */
    public List<String> languages() {
        java.util.Set<String> languages = new java.util.TreeSet<>();
        for (TemplateLayer layer : chain.layers()) {
            for (String file : layer.files()) {
                java.util.regex.Matcher m = BUNDLE_LANGUAGE.matcher(file);
                if (m.matches()) {
                    languages.add(m.group(1));
                }
            }
        }
        List<String> all = new ArrayList<>(List.of("en"));
        languages.stream().filter(l -> !l.equals("en")).forEach(all::add);
        return List.copyOf(all);
    }

    private static final java.util.regex.Pattern BUNDLE_LANGUAGE = java.util.regex.Pattern.compile("messages/messages_([a-z]{2,3})(?:_\\d{4})?\\.properties");

    /** Bundles merge from the least to the most specific layer: the chain backwards. */
    private List<TemplateLayer> bundleLayers() {
        List<TemplateLayer> layers = new ArrayList<>(chain.layers());
        Collections.reverse(layers);
        return layers;
    }

    /**
     * The house-style reference DOCX a pack ships (pack.yaml: referenceDocx), from the first pack on the
     * classpath that has one; null when none does. The descriptor's or the build's own reference wins.
     */
    public byte[] packReferenceDocx() {
        return catalogue.referenceDocx();
    }

    /** Every file of the built-in pack (documents, section partials, message bundles, the library). */
    public List<String> builtInFiles() {
        return chain.builtIn().files();
    }

    /** Where a template comes from, as the user should see it in an error message (a name or a FreeMarker source name). */
    public String displayName(String templateName) {
        return chain.display(templateName);
    }

    /** Where a template comes from for a set in this language: the file that set renders (glossary.md_de.ftl for de). */
    public String displayName(String templateName, String language) {
        return chain.display(templateName, TemplateSourceChain.locale(language));
    }

    /** Every document template of an English set: the built-in inventory, extended or replaced by packs, then by the user's folder. */
    public List<TemplateMetadata> documentTemplates() {
        return inventory.templates("en");
    }

    /** Every document template, each with the metadata of the file a set in this language renders. */
    public List<TemplateMetadata> documentTemplates(String language) {
        return inventory.templates(language);
    }

    /** Overrides of an English set written against an older built-in pack (see {@link #templateWarnings}). */
    public List<Problem> staleOverrides(List<TemplateMetadata> templates) {
        return overrideWarnings.stale(templates, "en");
    }

    /**
     * What the templates of a set in this language should make its author look again at, as located
     * warnings: overrides written against an older built-in pack, overrides that hide a lower layer's variant
     * more specific to the language, and words the language's term table rejects.
     */
    public List<Problem> templateWarnings(List<TemplateMetadata> templates, String language) {
        List<Problem> warnings = new ArrayList<>(overrideWarnings.of(templates, language));
        // Words the language's term table rejects, where the set's templates and bundles use them. The table is
        // one per language; its edition argument only completes the bundle names (terms_de_2018 does not exist).
        warnings.addAll(new TermCheck(chain).of(language, MessageBundles.load(bundleLayers(), TermCheck.BUNDLE, language, "2018")));
        return warnings;
    }

    /**
     * The layers the set's templates come from, most specific first, as a reader of the manifest and the build
     * log should see them: {@code docs repo src/sms/templates}, {@code pack harbour 1.1.0}, {@code built-in pack 1.0.0}.
     */
    public List<String> layerDescriptions() {
        List<String> descriptions = new ArrayList<>();
        for (TemplateLayer layer : chain.layers()) {
            switch (layer.kind()) {
                case PROJECT -> descriptions.add("docs repo " + layer.display("").replaceAll("/$", ""));
                case PACK -> catalogue.packs().stream().filter(p -> layer.id().equals("pack:" + p.name())).findFirst()
                        .ifPresent(p -> descriptions.add("pack " + p.name() + " " + p.version()));
                case BUILT_IN -> descriptions.add("built-in pack " + catalogue.builtIn().version());
            }
        }
        return List.copyOf(descriptions);
    }

    /**
     * Every template source that can take part in a generation, by name, for the input fingerprint:
     * every file of each pack and of the user's template folder.
     */
    public SortedMap<String, byte[]> sources() {
        SortedMap<String, byte[]> sources = new TreeMap<>();
        for (TemplateLayer layer : chain.layers()) {
            for (String name : layer.files()) {
                try (InputStream in = layer.open(name)) {
                    if (in != null) {
                        sources.put(layer.fingerprintKey(name), in.readAllBytes());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return sources;
    }
}
