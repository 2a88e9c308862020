package io.smsdocs.core.export.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The package template of the built-in style (no house style, no logo), prebuilt with Apache POI for each language
 * of the built-in packs and kept as resources: building it takes a cold run about 0.9 s of CPU, most of it loading
 * POI's and XMLBeans' 800 classes, while the result differs between sets only in the organisation's name and the
 * footer's words. Those are tokens in the resources, replaced with the set's texts when the texts need no XML
 * escaping and have no space at either end, so that the bytes are the ones POI writes (BuiltInPackagesTest compares
 * them); any other text, language, house style or logo is built with POI as before.
 */
final class BuiltInPackages {

    static final String ORGANIZATION_TOKEN = "SMSDOCS-ORGANIZATION-TOKEN";
    static final String PAGE_TOKEN = "SMSDOCS-PAGE-TOKEN";
    static final String OF_TOKEN = "SMSDOCS-OF-TOKEN";
    /** The languages of the built-in packs, as Word tags them. */
    static final List<String> LANGUAGES = List.of(DocxLanguage.tag("en"), DocxLanguage.tag("de"));
    /** The resources' folder, beside this class. */
    static final String FOLDER = "builtin-packages/";
    /** Characters besides letters and digits that XML writes as they are, in text and attributes alike. */
    private static final String PLAIN_PUNCTUATION = " .,-_()/:;!?+#@*%=[]{}|~^$\u00a0\u2013\u2014\u2019";

    private static final Map<String, Optional<Stored>> STORED = new ConcurrentHashMap<>();

    private BuiltInPackages() {
    }

    /** The prebuilt template with these texts, or null when there is none to use (another language, a text needing escaping). */
    static PackageTemplate find(String organization, DocxLabels labels, String language) {
        if (!plain(organization) || !plain(labels.page()) || !plain(labels.of())) {
            return null;
        }
        Stored stored = STORED.computeIfAbsent(language, BuiltInPackages::load).orElse(null);
        if (stored == null) {
            return null;
        }
        Map<String, byte[]> parts = new LinkedHashMap<>();
        stored.parts().forEach((name, bytes) -> parts.put(name, stored.tokenized().contains(name)
                ? new String(bytes, StandardCharsets.UTF_8).replace(ORGANIZATION_TOKEN, organization).replace(PAGE_TOKEN, labels.page())
                .replace(OF_TOKEN, labels.of()).getBytes(StandardCharsets.UTF_8) : bytes));
        return PackageTemplate.of(parts, stored.bulletAbstractId(), stored.orderedAbstractId(), stored.styleIds(), stored.textWidth(),
                stored.metrics());
    }

    /** Text that stands where a token stood with the bytes POI would write for it: nothing to escape, no space at either end. */
    static boolean plain(String text) {
        if (text == null || text.isEmpty() || text.strip().length() != text.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && PLAIN_PUNCTUATION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The template POI builds with tokens for the texts, as stored for a language. */
    static PackageTemplate tokenized(String language) {
        return PackageTemplate.build(ORGANIZATION_TOKEN, null, null, new DocxLabels("", PAGE_TOKEN, OF_TOKEN), language);
    }

    /** Writes the stored form of a language's template into a resources folder (BuiltInPackagesTest, -Dgolden.update=true). */
    static void write(Path resources, String language) throws IOException {
        PackageTemplate template = tokenized(language);
        Path folder = resources.resolve(BuiltInPackages.class.getPackageName().replace('.', '/')).resolve(FOLDER).resolve(language);
        Properties properties = new Properties();
        List<String> names = new ArrayList<>(template.parts().keySet());
        properties.setProperty("parts", String.join("\n", names));
        properties.setProperty("bulletAbstractId", Integer.toString(template.bulletAbstractId()));
        properties.setProperty("orderedAbstractId", Integer.toString(template.orderedAbstractId()));
        properties.setProperty("textWidth", Integer.toString(template.textWidth()));
        properties.setProperty("textHeight", Integer.toString(template.metrics().textHeight()));
        properties.setProperty("tableCellMargins", Integer.toString(template.metrics().table().cellMargins()));
        properties.setProperty("table", metrics(template.metrics().table().text()));
        template.metrics().paragraphs().forEach((style, metrics) -> properties.setProperty("paragraph." + style, metrics(metrics)));
        template.styleIds().forEach((id, alias) -> properties.setProperty("styleId." + id, alias));
        Files.createDirectories(folder);
        for (int i = 0; i < names.size(); i++) {
            Files.write(folder.resolve("part" + i), template.parts().get(names.get(i)));
        }
        StringBuilder text = new StringBuilder("# Built by BuiltInPackagesTest with -Dgolden.update=true; do not edit\n");
        properties.stringPropertyNames().stream().sorted().forEach(key -> text.append(escape(key)).append('=')
                .append(escape(properties.getProperty(key))).append('\n'));
        Files.writeString(folder.resolve("template.properties"), text, StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("=", "\\=").replace(":", "\\:");
    }

    private static String metrics(ParagraphMetrics metrics) {
        return (metrics.widths() == TextWidths.CALIBRI ? "calibri" : "wide") + "," + metrics.halfPoints() + "," + metrics.bold() + ","
                + metrics.lineTwips() + "," + metrics.spaceTwips();
    }

    private static ParagraphMetrics metrics(String text) {
        String[] fields = text.split(",");
        return new ParagraphMetrics(fields[0].equals("calibri") ? TextWidths.CALIBRI : TextWidths.WIDE, Integer.parseInt(fields[1]),
                Boolean.parseBoolean(fields[2]), Integer.parseInt(fields[3]), Integer.parseInt(fields[4]));
    }

    private record Stored(Map<String, byte[]> parts, List<String> tokenized, int bulletAbstractId, int orderedAbstractId,
                          Map<String, String> styleIds, int textWidth, StyleMetrics metrics) {
    }

    private static Optional<Stored> load(String language) {
        String folder = FOLDER + language + "/";
        try (InputStream in = BuiltInPackages.class.getResourceAsStream(folder + "template.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            String[] names = properties.getProperty("parts").split("\n");
            Map<String, byte[]> parts = new LinkedHashMap<>();
            List<String> tokenized = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                try (InputStream part = BuiltInPackages.class.getResourceAsStream(folder + "part" + i)) {
                    byte[] bytes = part.readAllBytes();
                    parts.put(names[i], bytes);
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    if (text.contains(ORGANIZATION_TOKEN) || text.contains(PAGE_TOKEN) || text.contains(OF_TOKEN)) {
                        tokenized.add(names[i]);
                    }
                }
            }
            Map<String, ParagraphMetrics> paragraphs = new LinkedHashMap<>();
            Map<String, String> styleIds = new LinkedHashMap<>();
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith("paragraph.")) {
                    paragraphs.put(key.substring("paragraph.".length()), metrics(properties.getProperty(key)));
                } else if (key.startsWith("styleId.")) {
                    styleIds.put(key.substring("styleId.".length()), properties.getProperty(key));
                }
            }
            StyleMetrics metrics = new StyleMetrics(new TableFont(metrics(properties.getProperty("table")),
                    Integer.parseInt(properties.getProperty("tableCellMargins"))), Map.copyOf(paragraphs),
                    Integer.parseInt(properties.getProperty("textHeight")));
            return Optional.of(new Stored(parts, List.copyOf(tokenized), Integer.parseInt(properties.getProperty("bulletAbstractId")),
                    Integer.parseInt(properties.getProperty("orderedAbstractId")), Map.copyOf(styleIds),
                    Integer.parseInt(properties.getProperty("textWidth")), metrics));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
