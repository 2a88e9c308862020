package io.smsdocs.core.template;

import freemarker.cache.TemplateLoader;
import freemarker.cache.TemplateLookupStrategy;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layers templates come from, most specific first (the docs repo's folder, the packs in classpath
 * order, the built-in pack), and the one walk that resolves a template name along them: layer first,
 * language second. For a German set {@code documents/glossary.md.ftl} is looked up as
 * <ol>
 *   <li>{@code documents/glossary.md_de.ftl}, then {@code documents/glossary.md.ftl} in the docs repo's folder,</li>
 *   <li>the same two names in each pack,</li>
 *   <li>the same two names in the built-in pack,</li>
 * </ol>
 * so an override in the docs repo always wins, whichever language its name carries. A name under
 * {@code builtin/} is looked up in the built-in pack only, so an override can include what it replaces.
 *
 * <p>FreeMarker reaches templates through this chain only: {@link ChainLookupStrategy} resolves each name
 * with {@link #find} and asks for the result by its {@linkplain Source#address() address}, which this
 * class, as the configuration's {@link TemplateLoader}, serves from that one layer. A template's source
 * name is therefore its address, which {@link #display} turns back into the file the user knows.
 */
public final class TemplateSourceChain implements TemplateLoader {

    static final String BUILT_IN_PREFIX = "builtin/";
    private static final String ADDRESS_SEPARATOR = "::";

    private final List<TemplateLayer> layers;

    /** @param layers the most specific first; the last one is the built-in pack */
    TemplateSourceChain(List<TemplateLayer> layers) {
        if (layers.isEmpty() || layers.get(layers.size() - 1).kind() != TemplateLayer.Kind.BUILT_IN) {
            throw new IllegalArgumentException("the chain ends with the built-in pack");
        }
        this.layers = List.copyOf(layers);
    }

    /**
     * One file that can serve a template name: its layer, its path in that layer, and which language
     * variant it is (0 for the most specific variant of the locale; the plain name is the last).
     */
    public record Source(TemplateLayer layer, String path, int variant) {

        /** How the user sees the file: {@code src/sms/templates/documents/glossary.md.ftl}, {@code [built-in pack] ...}. */
        public String display() {
            return layer.display(path);
        }

        /** The name FreeMarker loads it by, and knows it by in its error messages. */
        String address() {
            return layer.id() + ADDRESS_SEPARATOR + path;
        }
    }

    /** The layers, the most specific first. */
    public List<TemplateLayer> layers() {
        return layers;
    }

    public TemplateLayer builtIn() {
        return layers.get(layers.size() - 1);
    }

    /** The language of a set as the locale its templates are looked up in; English is the root locale. */
    public static Locale locale(String language) {
        return language == null || language.isBlank() || language.equals("en") ? Locale.ROOT : Locale.forLanguageTag(language);
    }

    /**
     * The names a template has in a locale, the most specific first, as FreeMarker forms them:
     * {@code glossary.md_de_CH.ftl}, {@code glossary.md_de.ftl}, {@code glossary.md.ftl}.
     */
    public static List<String> variants(String name, Locale locale) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        String prefix = dot > slash ? name.substring(0, dot) : name;
        String suffix = dot > slash ? name.substring(dot) : "";
        List<String> variants = new ArrayList<>();
        String tag = locale == null ? "" : locale.toString();
        while (!tag.isEmpty()) {
            variants.add(prefix + "_" + tag + suffix);
            int underscore = tag.lastIndexOf('_');
            tag = underscore < 0 ? "" : tag.substring(0, underscore);
        }
        variants.add(name);
        return variants;
    }

    /** A language-specific name: {@code glossary.md_de.ftl}, {@code messages_de.properties}, {@code x_de_CH.ftl}. */
    private static final Pattern VARIANT = Pattern.compile("^(.*)_[a-z]{2,3}(?:_[A-Z]{2})?(\\.[^./]+)$");

    /** The name a language variant is a variant of ({@code glossary.md.ftl} for {@code glossary.md_de.ftl}); other names as they are. */
    public static String sharedName(String name) {
        Matcher variant = VARIANT.matcher(name);
        return variant.matches() ? variant.group(1) + variant.group(2) : name;
    }

    /** The file that serves a template name in a locale: the first one the walk finds. */
    public Optional<Source> find(String name, Locale locale) {
        List<Source> found = walk(name, locale, true);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every file that could serve a template name in a locale, in the order the walk meets them; the first one wins. */
    public List<Source> candidates(String name, Locale locale) {
        return walk(name, locale, false);
    }

    /** The walk: layer first, then the language variants within the layer. The only place the order is decided. */
    private List<Source> walk(String name, Locale locale, boolean firstOnly) {
        List<TemplateLayer> searched = layers;
        String path = name;
        if (name.startsWith(BUILT_IN_PREFIX)) {
            searched = List.of(builtIn());
            path = name.substring(BUILT_IN_PREFIX.length());
        }
        List<String> variants = variants(path, locale);
        List<Source> found = new ArrayList<>();
        for (TemplateLayer layer : searched) {
            for (int i = 0; i < variants.size(); i++) {
                if (layer.has(variants.get(i))) {
                    found.add(new Source(layer, variants.get(i), i));
                    if (firstOnly) {
                        return found;
                    }
                }
            }
        }
        return found;
    }

    /**
     * Where a template comes from, as the user should see it: a FreeMarker source name (an address) names
     * its file exactly; a plain template name is resolved as an English set would.
     */
    public String display(String name) {
        return display(name, Locale.ROOT);
    }

    /** As {@link #display(String)}, with a plain template name resolved as a set in this locale would. */
    public String display(String name, Locale locale) {
        Source addressed = fromAddress(name);
        if (addressed != null) {
            return addressed.display();
        }
        return find(name, locale).map(Source::display)
                .orElseGet(() -> builtIn().display(name.startsWith(BUILT_IN_PREFIX) ? name.substring(BUILT_IN_PREFIX.length()) : name));
    }

    /**
     * Whether a FreeMarker source name is a file of the docs repo's own template folder: the templates the
     * user owns and edits, where an error is best reported even when it surfaced inside a built-in macro.
     */
    public boolean isProjectSource(String sourceName) {
        Source source = fromAddress(sourceName);
        return source != null && source.layer().kind() == TemplateLayer.Kind.PROJECT;
    }

    /** The lookup strategy that makes FreeMarker resolve names through this chain. */
    public TemplateLookupStrategy lookupStrategy() {
        return new ChainLookupStrategy(this);
    }

    private Source fromAddress(String address) {
        int separator = address == null ? -1 : address.indexOf(ADDRESS_SEPARATOR);
        if (separator < 0) {
            return null;
        }
        String id = address.substring(0, separator);
        for (TemplateLayer layer : layers) {
            if (layer.id().equals(id)) {
                return new Source(layer, address.substring(separator + ADDRESS_SEPARATOR.length()), 0);
            }
        }
        return null;
    }

    /** The source of one layer's file, remembered with its layer so that equal files of two layers stay apart. */
    private record LayerSource(TemplateLayer layer, String path, Object source) {
    }

    /**
     * Serves an address from its one layer. A plain name (a configuration without the chain's lookup
     * strategy) is resolved as an English set would.
     */
    @Override
    public Object findTemplateSource(String name) throws IOException {
        Source source = fromAddress(name);
        if (source == null) {
            source = find(name, Locale.ROOT).orElse(null);
            if (source == null) {
                return null;
            }
        }
        Object found = source.layer().loader().findTemplateSource(source.path());
        return found == null ? null : new LayerSource(source.layer(), source.path(), found);
    }

    @Override
    public long getLastModified(Object templateSource) {
        LayerSource source = (LayerSource) templateSource;
        return source.layer().loader().getLastModified(source.source());
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        LayerSource source = (LayerSource) templateSource;
        Reader reader = source.layer().loader().getReader(source.source(), encoding);
        if (!TextCatalogue.isCatalogue(source.path())) {
            return reader;
        }
        // A text catalogue is read as the template it stands for (see TextCatalogue).
        try (reader) {
            java.io.StringWriter text = new java.io.StringWriter();
            reader.transferTo(text);
            return new java.io.StringReader(TextCatalogue.toTemplate(text.toString()));
        }
    }

    @Override
    public void closeTemplateSource(Object templateSource) throws IOException {
        LayerSource source = (LayerSource) templateSource;
        source.layer().loader().closeTemplateSource(source.source());
    }
}
