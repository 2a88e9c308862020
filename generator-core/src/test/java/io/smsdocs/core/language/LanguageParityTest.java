package io.smsdocs.core.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The English and the German set of one descriptor have the same structure: the same documents, in each
 * the same headings (level and the clauses each cites, in order) and the same tables (number, columns and
 * rows under each heading). A template branch or section that only one language variant ({@code *.ftl} or
 * {@code *_de.ftl}) has shows up here. Every drift of a set is reported at once, by document and heading.
 */
class LanguageParityTest {

    @TempDir
    Path dir;

    /**
     * The samples as written (northwind: English, 2018; stmarys-it: English, 2011; rheintal: German, 2018),
     * the smallest descriptor, and variants that take the templates down other branches: guidance notes on,
     * the other edition, and a descriptor without its optional parts.
     */
    @ParameterizedTest(name = "{0} {2}")
    @CsvSource({
            "northwind, ../samples/northwind/src/sms/sms.yaml, ''",
            "stmarys-it, ../samples/stmarys-it/src/sms/sms.yaml, ''",
            "rheintal-de, ../samples/consultant-pack/client/src/sms/sms.yaml, ''",
            "minimal, src/test/resources/descriptors/minimal.yaml, ''",
            "northwind, ../samples/northwind/src/sms/sms.yaml, guidance",
            "northwind, ../samples/northwind/src/sms/sms.yaml, other-edition",
            "stmarys-it, ../samples/stmarys-it/src/sms/sms.yaml, other-edition",
            "rheintal-de, ../samples/consultant-pack/client/src/sms/sms.yaml, sparse"
    })
    void englishAndGermanSetsHaveTheSameStructure(String name, String descriptor, String variant) throws IOException {
        String yaml = variant(Files.readString(Path.of(descriptor)), variant);
        Path english = generate(yaml, "en");
        Path german = generate(yaml, "de");

        assertThat(drift(english, german)).as("structural drift between the English and the German %s set %s", name, variant)
                .isEmpty();
    }

    private static String variant(String yaml, String variant) throws IOException {
        if (variant.isEmpty()) {
            return yaml;
        }
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
        ObjectNode root = (ObjectNode) mapper.readTree(yaml);
        ObjectNode sms = (ObjectNode) root.get("sms");
        switch (variant) {
            case "guidance" -> sms.put("guidance", true);
            case "other-edition" -> {
                // Gap clauses are numbers of one edition; the rest of the descriptor holds for both.
                sms.put("edition", "2011".equals(sms.path("edition").asText()) ? "2018" : "2011");
                if (root.get("implementation") instanceof ObjectNode implementation) {
                    implementation.remove("gaps");
                }
            }
            case "sparse" -> {
                root.remove(List.of("implementation", "certification", "serviceLevels", "processes", "documents"));
                sms.remove(List.of("objectives", "risks", "effectiveDate"));
            }
            default -> throw new IllegalArgumentException(variant);
        }
        return mapper.writeValueAsString(root);
    }

    /**
     * Every built-in document and section is one structure template with a text catalogue per language: no
     * German copy of a structure, no metadata in a catalogue (metadata is read from the structure only, so
     * the same documents with the same clauses exist in every language), and every entry the English
     * catalogue has, the German one has with the same parameters (the structure calls both the same way).
     */
    @Test
    void everyTemplateIsOneStructureWithATextCatalogueInEachLanguage() throws IOException {
        Path pack = Path.of("../templates/src/main/resources/META-INF/smsdocs/packs/default");
        Pattern metadata = Pattern.compile("\\A\\s*<#--\\s*\\n(?:(?!-->).)*^id:", Pattern.DOTALL | Pattern.MULTILINE);
        List<String> problems = new ArrayList<>();
        int catalogues = 0;
        for (String folder : List.of("documents", "sections")) {
            List<Path> files;
            try (var list = Files.list(pack.resolve(folder))) {
                files = list.sorted().toList();
            }
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.matches(".*\\.md_[a-z]{2}\\.ftl") || (folder.equals("sections") && name.matches(".*_[a-z]{2}\\.ftl")
                        && !name.contains(".text_"))) {
                    problems.add(folder + "/" + name + ": a language copy of a structure template");
                }
                if (name.endsWith(".text.ftl")) {
                    catalogues++;
                    Path german = file.resolveSibling(name.replace(".text.ftl", ".text_de.ftl"));
                    if (!Files.exists(german)) {
                        problems.add(folder + "/" + name + ": no German catalogue beside it");
                        continue;
                    }
                    Map<String, String> englishEntries = entries(file);
                    Map<String, String> germanEntries = entries(german);
                    englishEntries.forEach((entry, parameters) -> {
                        if (!parameters.equals(germanEntries.get(entry))) {
                            problems.add(folder + "/" + german.getFileName() + ": entry '" + entry + "'"
                                    + (germanEntries.containsKey(entry) ? " takes (" + germanEntries.get(entry) + "), the English one (" + parameters + ")"
                                    : " is missing"));
                        }
                    });
                    for (Path catalogue : List.of(file, german)) {
                        if (metadata.matcher(Files.readString(catalogue)).find()) {
                            problems.add(folder + "/" + catalogue.getFileName() + ": metadata belongs in the structure template");
                        }
                    }
                }
            }
        }
        assertThat(catalogues).as("text catalogues").isGreaterThan(60);
        assertThat(problems).isEmpty();
        assertThat(metadata.matcher(Files.readString(pack.resolve("documents/sla.md.ftl"))).find()).as("the pattern finds metadata").isTrue();
    }

    /** A catalogue's entries and their parameter lists. */
    private static Map<String, String> entries(Path catalogue) throws IOException {
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(catalogue)) {
            if (line.startsWith("@@")) {
                String[] parts = line.substring(2).strip().split("\\s+", 2);
                entries.put(parts[0], parts.length > 1 ? parts[1].strip() : "");
            }
        }
        return entries;
    }

    @Test
    void driftIsReportedByDocumentAndHeading() throws IOException {
        Path english = dir.resolve("en");
        Path german = dir.resolve("de");
        writeSet(english, "sla-x", """
                # SLA

                ## Availability

                *ISO/IEC 20000-1:2018: 8.3.3 Service level management*

                | a | b |
                |---|---|
                | 1 | 2 |

                ## Reporting

                *ISO/IEC 20000-1:2018: 8.3.3 Service level management; 9.4 Service reporting*

                ### Monthly

                | a | b | c |
                |---|---|---|
                | 1 | 2 | 3 |
                """);
        writeSet(german, "sla-x", """
                # SLA

                ## Verfügbarkeit

                *ISO/IEC 20000-1:2018: 8.3.3 Service-Level-Management*

                | a | b |
                |---|---|
                | 1 | 2 |
                | 3 | 4 |

                ## Berichte

                *ISO/IEC 20000-1:2018: 8.3.3 Service-Level-Management*

                ## Monatlich

                | a | b | c |
                |---|---|---|
                | 1 | 2 | 3 |
                """);

        assertThat(drift(english, german)).containsExactly(
                "sla-x: heading 2 'Availability' (8.3.3) (German 'Verfügbarkeit'): table 1 has 2 columns and 1 rows in English,"
                        + " 2 columns and 2 rows in German",
                "sla-x: heading 2 'Reporting' (8.3.3, 9.4) at position 3 is heading 2 'Berichte' (8.3.3) in German",
                "sla-x: heading 3 'Monthly' at position 4 is heading 2 'Monatlich' in German");
    }

    private Path generate(String yaml, String language) throws IOException {
        Matcher setting = Pattern.compile("(?m)^  language:[ \\t]*[A-Za-z_]+").matcher(yaml);
        String localised = setting.find() ? setting.replaceFirst("  language: " + language)
                : yaml.replaceFirst("(?m)^sms:[ \\t]*$", "sms:\n  language: " + language);
        assertThat(localised).as("descriptor with sms.language").contains("  language: " + language);
        Path folder = Files.createDirectories(dir.resolve(language));
        Path descriptor = folder.resolve("sms.yaml");
        Files.writeString(descriptor, localised);
        Path out = folder.resolve("out");
        new SmsGenerator().generate(GenerationRequest.of(descriptor, null, out, List.of("markdown")));
        return out;
    }

    private static void writeSet(Path out, String id, String markdown) throws IOException {
        Files.createDirectories(out.resolve("markdown"));
        Files.writeString(out.resolve("markdown/" + id + ".md"), markdown);
        Files.writeString(out.resolve("manifest.json"), "{\"documents\": [{\"id\": \"" + id + "\", \"files\": [\"markdown/" + id
                + ".md\"]}]}");
    }

    // ---- Comparison ----

    /** Every structural difference between two generated sets, in document order. */
    static List<String> drift(Path english, Path german) throws IOException {
        Map<String, Document> en = documents(english);
        Map<String, Document> de = documents(german);
        List<String> drift = new ArrayList<>();
        if (!List.copyOf(en.keySet()).equals(List.copyOf(de.keySet()))) {
            drift.add("documents differ: English " + en.keySet() + ", German " + de.keySet());
        }
        for (Document document : en.values()) {
            Document other = de.get(document.id());
            if (other == null) {
                continue;
            }
            // The clauses and files of a document come from the metadata each language variant of a template has.
            if (!document.clauses().equals(other.clauses())) {
                drift.add(document.id() + ": cites clauses " + document.clauses() + " in English, " + other.clauses() + " in German");
            }
            if (!document.files().equals(other.files())) {
                drift.add(document.id() + ": files " + document.files() + " in English, " + other.files() + " in German");
            }
            if (document.markdown() != null && other.markdown() != null) {
                compare(document.id(), Structure.read(document.markdown()), Structure.read(other.markdown()), drift);
            }
        }
        return drift;
    }

    /** A document's entry in manifest.json, with its Markdown file. */
    private record Document(String id, List<String> clauses, List<String> files, Path markdown) {
    }

    /** Document id to its manifest entry, in manifest order. */
    private static Map<String, Document> documents(Path out) throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        Map<String, Document> documents = new LinkedHashMap<>();
        for (JsonNode entry : manifest.path("documents")) {
            List<String> clauses = new ArrayList<>();
            entry.path("clauses").forEach(c -> clauses.add(c.asText()));
            List<String> files = new ArrayList<>();
            entry.path("files").forEach(f -> files.add(f.asText()));
            Path markdown = files.stream().filter(f -> f.endsWith(".md")).findFirst().map(out::resolve).orElse(null);
            documents.put(entry.path("id").asText(), new Document(entry.path("id").asText(), clauses, files, markdown));
        }
        return documents;
    }

    /**
     * Aligns the headings of both versions (longest common subsequence of level and clauses), names the
     * headings without a counterpart, then compares the tables of each pair of matching sections.
     */
    private static void compare(String id, List<Section> en, List<Section> de, List<String> drift) {
        int n = en.size();
        int m = de.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = en.get(i).sameHeading(de.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && en.get(i).sameHeading(de.get(j)) && common[i][j] == common[i + 1][j + 1] + 1) {
                compareTables(id, en.get(i), de.get(j), drift);
                i++;
                j++;
                continue;
            }
            // A run of unmatched headings on either side, up to the next match.
            List<Integer> onlyEnglish = new ArrayList<>();
            List<Integer> onlyGerman = new ArrayList<>();
            while (i < n || j < m) {
                if (i < n && j < m && en.get(i).sameHeading(de.get(j)) && common[i][j] == common[i + 1][j + 1] + 1) {
                    break;
                }
                if (j >= m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
                    onlyEnglish.add(i++);
                } else {
                    onlyGerman.add(j++);
                }
            }
            int paired = Math.min(onlyEnglish.size(), onlyGerman.size());
            for (int k = 0; k < paired; k++) {
                Section e = en.get(onlyEnglish.get(k));
                Section d = de.get(onlyGerman.get(k));
                drift.add(id + ": " + e.describe() + " at position " + e.position() + " is " + d.describe() + " in German");
            }
            for (int k = paired; k < onlyEnglish.size(); k++) {
                Section e = en.get(onlyEnglish.get(k));
                drift.add(id + ": " + e.describe() + " has no German counterpart at position " + e.position());
            }
            for (int k = paired; k < onlyGerman.size(); k++) {
                Section d = de.get(onlyGerman.get(k));
                drift.add(id + ": German " + d.describe() + " at position " + d.position() + " has no English counterpart");
            }
        }
    }

    private static void compareTables(String id, Section en, Section de, List<String> drift) {
        String where = id + ": " + en.describe() + (en.level() == 0 ? "" : " (German '" + de.title() + "')");
        if (en.tables().size() != de.tables().size()) {
            drift.add(where + " has " + en.tables().size() + " tables in English, " + de.tables().size() + " in German");
            return;
        }
        for (int k = 0; k < en.tables().size(); k++) {
            Table e = en.tables().get(k);
            Table d = de.tables().get(k);
            if (!e.equals(d)) {
                drift.add(where + ": table " + (k + 1) + " has " + e + " in English, " + d + " in German");
            }
        }
    }

    // ---- Structure of a rendered Markdown document ----

    /** A table's shape. */
    record Table(int columns, int rows) {
        @Override
        public String toString() {
            return columns + " columns and " + rows + " rows";
        }
    }

    /**
     * A heading with the tables up to the next heading; position 0, level 0 is what precedes the first heading.
     *
     * @param clauses the clause numbers of the citation line sms.section writes under the heading
     */
    record Section(int position, int level, String title, List<String> clauses, List<Table> tables) {
        boolean sameHeading(Section other) {
            return level == other.level && clauses.equals(other.clauses);
        }

        String describe() {
            if (level == 0) {
                return "text before the first heading";
            }
            return "heading " + level + " '" + title + "'" + (clauses.isEmpty() ? "" : " (" + String.join(", ", clauses) + ")");
        }
    }

    static final class Structure {
        private static final Pattern HEADING = Pattern.compile("^(#{1,6})[ \\t]+(.*?)[ \\t]*#*[ \\t]*$");
        /** The citation line of the sms.section macro: *ISO/IEC 20000-1:2018: 8.3.3 Title; 9.4 Title* */
        private static final Pattern CITATION = Pattern.compile("^\\*ISO/IEC 20000-1:\\d{4}: (.*)\\*$");
        private static final Pattern CLAUSE = Pattern.compile("(?:^|; )(\\d+(?:\\.\\d+)*) ");
        private static final Pattern SEPARATOR = Pattern.compile("^\\|( *:?-+:? *\\|)+ *$");
        private static final Pattern CELL_BORDER = Pattern.compile("(?<!\\\\)\\|");

        private Structure() {
        }

        static List<Section> read(Path markdown) throws IOException {
            List<String> lines = Files.readAllLines(markdown);
            List<Section> sections = new ArrayList<>();
            Section current = new Section(0, 0, "", List.of(), new ArrayList<>());
            sections.add(current);
            boolean code = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.startsWith("```") || line.startsWith("~~~")) {
                    code = !code;
                    continue;
                }
                if (code) {
                    continue;
                }
                Matcher heading = HEADING.matcher(line);
                if (heading.matches()) {
                    current = new Section(sections.size(), heading.group(1).length(), heading.group(2), clausesAfter(lines, i),
                            new ArrayList<>());
                    sections.add(current);
                } else if (line.startsWith("|") && i + 1 < lines.size() && SEPARATOR.matcher(lines.get(i + 1)).matches()) {
                    int columns = cells(line);
                    int end = i + 2;
                    while (end < lines.size() && lines.get(end).startsWith("|")) {
                        end++;
                    }
                    current.tables().add(new Table(columns, end - i - 2));
                    i = end - 1;
                }
            }
            return sections;
        }

        private static List<String> clausesAfter(List<String> lines, int heading) {
            int next = heading + 1;
            while (next < lines.size() && lines.get(next).isBlank()) {
                next++;
            }
            if (next >= lines.size()) {
                return List.of();
            }
            Matcher citation = CITATION.matcher(lines.get(next));
            if (!citation.matches()) {
                return List.of();
            }
            Matcher clause = CLAUSE.matcher(citation.group(1));
            List<String> clauses = new ArrayList<>();
            while (clause.find()) {
                clauses.add(clause.group(1));
            }
            return clauses;
        }

        private static int cells(String row) {
            String inner = row.strip();
            inner = inner.substring(1, inner.endsWith("|") && !inner.endsWith("\\|") ? inner.length() - 1 : inner.length());
            return CELL_BORDER.split(inner, -1).length;
        }
    }
}
