package io.smsdocs.core.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds templates along the lookup chain: the docs repo's template folder first, then template packs on
 * the classpath (a consultant's pack added as a plugin dependency), then the built-in pack. Overriding
 * one file never requires copying the others, and an override can include the built-in version it
 * replaces as {@code /builtin/documents/<id>.md.ftl}.
 */
public final class TemplateRepository {

    public static final String PACKS = "META-INF/smsdocs/packs";
    public static final String BUILT_IN_PACK = PACKS + "/default";
    /** Each pack jar lists the names of the packs it holds here, one per line. */
    public static final String PACK_INDEX = "META-INF/smsdocs/packs.index";
    static final String BUILT_IN_PREFIX = "builtin/";
    private static final String DOCUMENTS = "documents/";
    private static final String SUFFIX = ".md.ftl";

    private final Path userDirectory;
    private final String userDisplay;
    private final ClassLoader classLoader;
    private final PackInfo builtIn;
    private final List<PackInfo> packs;

    private TemplateRepository(Path userDirectory, String userDisplay, ClassLoader classLoader) {
        this.userDirectory = userDirectory == null ? null : userDirectory.toAbsolutePath().normalize();
        this.userDisplay = userDisplay;
        this.classLoader = classLoader;
        this.builtIn = PackInfo.read(classLoader, "default");
        this.packs = PackInfo.onClasspath(classLoader);
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
        return CONFIGURATIONS.computeIfAbsent(new ChainKey(userDirectory, classLoader), key -> SafeConfiguration.create(loader()));
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
        return builtIn.version();
    }

    public TemplateLoader loader() {
        List<TemplateLoader> loaders = new ArrayList<>();
        loaders.add(new BuiltInPrefixLoader(new ClassTemplateLoader(classLoader, "/" + BUILT_IN_PACK)));
        if (userDirectory != null) {
            try {
                loaders.add(new FileTemplateLoader(userDirectory.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        packs.forEach(pack -> loaders.add(new ClassTemplateLoader(classLoader, "/" + pack.root())));
        loaders.add(new ClassTemplateLoader(classLoader, "/" + BUILT_IN_PACK));
        return new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0]));
    }

    /**
     * The fixed texts for one language and edition, merged over the lookup chain: the built-in pack,
     * then the packs, then the docs repo's {@code messages/} folder, each overriding key by key.
     */
    public Map<String, String> messages(String language, String edition) {
        return bundle("messages", language, edition);
    }

    /** The consultant guidance notes (guidance*.properties), keyed by document, section and clause. */
    public Map<String, String> guidance(String language, String edition) {
        return bundle("guidance", language, edition);
    }

    /** Languages are added by bundles: a language is available when some layer has its messages bundle. */
    public boolean hasLanguage(String language) {
        if (language == null || language.equals("en")) {
            return true;
        }
        String name = MessageBundles.FOLDER + "messages_" + language + ".properties";
        for (MessageBundles.Layer layer : bundleLayers()) {
            try (InputStream in = layer.open(name)) {
                if (in != null) {
                    return true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }

    private Map<String, String> bundle(String base, String language, String edition) {
        return MessageBundles.load(bundleLayers(), base, language, edition);
    }

    /** Where bundles are looked for, from the least to the most specific: built-in pack, packs, docs repo. */
    private List<MessageBundles.Layer> bundleLayers() {
        List<MessageBundles.Layer> layers = new ArrayList<>();
        layers.add(classpathLayer(builtIn.root(), "[built-in pack] "));
        for (int i = packs.size() - 1; i >= 0; i--) {
            layers.add(classpathLayer(packs.get(i).root(), "[pack " + packs.get(i).name() + "] "));
        }
        if (userDirectory != null) {
            layers.add(new MessageBundles.Layer() {
                public InputStream open(String name) throws IOException {
                    Path file = userDirectory.resolve(name);
                    return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
                }

                public String display(String name) {
                    return userDisplay + "/" + name;
                }
            });
        }
        return layers;
    }

    private MessageBundles.Layer classpathLayer(String root, String display) {
        return new MessageBundles.Layer() {
            public InputStream open(String name) {
                return classLoader.getResourceAsStream(root + "/" + name);
            }

            public String display(String name) {
                return display + name;
            }
        };
    }

    /**
     * The house-style reference DOCX a pack ships (pack.yaml: referenceDocx), from the first pack on the
     * classpath that has one; null when none does. The descriptor's or the build's own reference wins.
     */
    public byte[] packReferenceDocx() {
        for (PackInfo pack : packs) {
            if (pack.referenceDocx() == null) {
                continue;
            }
            try (InputStream in = classLoader.getResourceAsStream(pack.root() + "/" + pack.referenceDocx())) {
                if (in == null) {
                    throw new SmsException(Problem.error(new SourceLocation("[pack " + pack.name() + "] pack.yaml", 1, 1),
                            "pack.yaml names the reference DOCX '" + pack.referenceDocx() + "', which the pack does not contain",
                            "put the file next to pack.yaml, or remove referenceDocx"));
                }
                byte[] bytes = in.readNBytes((int) ReferenceDocxLimit.MAX_BYTES + 1);
                if (bytes.length > ReferenceDocxLimit.MAX_BYTES) {
                    throw new SmsException(Problem.error(new SourceLocation("[pack " + pack.name() + "] " + pack.referenceDocx(), 1, 1),
                            "the reference DOCX is larger than 20 MB", "use a document that holds styles only"));
                }
                return bytes;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
    }

    /** Every file of the built-in pack (documents, section partials, message bundles, the library). */
    public List<String> builtInFiles() {
        return filesOf(builtIn);
    }

    /** A pack's files, from its folder or jar; what pack.yaml names is the fallback where neither can be listed. */
    private List<String> filesOf(PackInfo pack) {
        List<String> declared = new ArrayList<>(pack.documents());
        declared.add("pack.yaml");
        declared.add(SafeConfiguration.LIBRARY.substring(1));
        return PackFiles.of(classLoader, pack.root(), declared);
    }

    /** Where a template comes from, as the user should see it in an error message. */
    public String displayName(String templateName) {
        if (templateName.startsWith(BUILT_IN_PREFIX)) {
            return "[built-in pack] " + templateName.substring(BUILT_IN_PREFIX.length());
        }
        if (userDirectory != null && Files.isRegularFile(userDirectory.resolve(templateName))) {
            return userDisplay + "/" + templateName;
        }
        for (PackInfo pack : packs) {
            if (pack.contains(classLoader, templateName)) {
                return "[pack " + pack.name() + "] " + templateName;
            }
        }
        return "[built-in pack] " + templateName;
    }

    /** Every document template: the built-in inventory, extended or replaced by packs, then by the user's folder. */
    public List<TemplateMetadata> documentTemplates() {
        Set<String> names = new LinkedHashSet<>(builtIn.documents());
        packs.forEach(pack -> names.addAll(pack.documents()));
        names.addAll(userDocumentNames());
        List<TemplateMetadata> templates = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String name : names) {
            try {
                templates.add(TemplateMetadataReader.read(name, displayName(name), readText(name)));
            } catch (SmsException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new SmsException(problems);
        }
        return templates;
    }

    /**
     * Overrides of built-in documents written against an older built-in pack: their metadata says
     * {@code packVersion: 1.0.0} and the built-in pack is newer. The built-in template may have gained
     * content the override lacks.
     */
    public List<Problem> staleOverrides(List<TemplateMetadata> templates) {
        List<Problem> warnings = new ArrayList<>();
        for (TemplateMetadata template : templates) {
            String name = template.templateName();
            boolean overrides = builtIn.documents().contains(name) && !displayName(name).startsWith("[built-in pack]");
            if (overrides && template.packVersion() != null && PackVersions.older(template.packVersion(), builtIn.version())) {
                warnings.add(Problem.warning(new SourceLocation(displayName(name), 1, 1), "this override was written against"
                        + " built-in pack " + template.packVersion() + ", and the built-in " + name + " is now at " + builtIn.version(),
                        "compare it with the built-in version (mvn sms:export-templates -Dsms.templates=" + template.id()
                                + " -Dsms.templateDirectory=target/builtin-templates writes it there), then set packVersion: "
                                + builtIn.version()));
            }
        }
        return warnings;
    }

    /**
     * Every template source that can take part in a generation, by name, for the input fingerprint:
     * every file of each pack and of the user's template folder.
     */
    public SortedMap<String, byte[]> sources() {
        SortedMap<String, byte[]> sources = new TreeMap<>();
        List<PackInfo> all = new ArrayList<>(packs);
        all.add(builtIn);
        for (PackInfo pack : all) {
            for (String name : filesOf(pack)) {
                try (InputStream in = classLoader.getResourceAsStream(pack.root() + "/" + name)) {
                    if (in != null) {
                        sources.put("pack:" + pack.name() + ":" + name, in.readAllBytes());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        if (userDirectory != null) {
            try (Stream<Path> files = Files.walk(userDirectory)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    sources.put("user:" + userDirectory.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    private List<String> userDocumentNames() {
        if (userDirectory == null || !Files.isDirectory(userDirectory.resolve(DOCUMENTS))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(userDirectory.resolve(DOCUMENTS))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SUFFIX)).sorted()
                    .map(n -> DOCUMENTS + n).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String readText(String name) {
        try {
            if (userDirectory != null && Files.isRegularFile(userDirectory.resolve(name))) {
                return Files.readString(userDirectory.resolve(name), StandardCharsets.UTF_8);
            }
            List<PackInfo> chain = new ArrayList<>(packs);
            chain.add(builtIn);
            for (PackInfo pack : chain) {
                try (InputStream in = classLoader.getResourceAsStream(pack.root() + "/" + name)) {
                    if (in != null) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
            throw new SmsException(Problem.error(new SourceLocation("[built-in pack] pack.yaml", 1, 1),
                    "a pack lists " + name + " but no pack contains it", "add the template or remove it from pack.yaml"));
        } catch (IOException e) {
            throw new SmsException(Problem.error(new SourceLocation(displayName(name), 1, 1),
                    "cannot read the template: " + e.getMessage(), "check the file's permissions"));
        }
    }

    /** A pack's pack.yaml: name, version stamp and document inventory. */
    record PackInfo(String name, String version, List<String> documents, String referenceDocx) {

        String root() {
            return PACKS + "/" + name;
        }

        boolean contains(ClassLoader classLoader, String templateName) {
            return classLoader.getResource(root() + "/" + templateName) != null;
        }

        static PackInfo read(ClassLoader classLoader, String name) {
            String root = PACKS + "/" + name;
            try (InputStream in = classLoader.getResourceAsStream(root + "/pack.yaml")) {
                if (in == null) {
                    throw new IllegalStateException("template pack '" + name + "' is not on the classpath (" + root + ")");
                }
                JsonNode node = new ObjectMapper(new YAMLFactory()).readTree(in);
                List<String> documents = new ArrayList<>();
                node.path("documents").forEach(d -> documents.add(d.asText()));
                return new PackInfo(name, node.path("version").asText("0"), documents,
                        node.hasNonNull("referenceDocx") ? node.get("referenceDocx").asText() : null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Packs other than the built-in one, in classpath order, from every jar's packs.index. */
        static List<PackInfo> onClasspath(ClassLoader classLoader) {
            Set<String> names = new LinkedHashSet<>();
            try {
                for (URL index : Collections.list(classLoader.getResources(PACK_INDEX))) {
                    try (BufferedReader reader = new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
                        reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.equals("default"))
                                .forEach(names::add);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return names.stream().map(name -> read(classLoader, name)).toList();
        }
    }
}
