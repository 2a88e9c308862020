package io.smsdocs.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 2011 sample (St Mary's) as an auditor reads it: certified against 2018 through a transition, with no 2011
 * audit planned after 2011 certificates ended, roadmap and glossary naming the same edition, the 2018-only
 * processes presented the same way everywhere, and the 2011 improvement process with preventive action.
 * Reads the golden set, which GoldenFilesTest keeps equal to what the generator writes.
 */
class Edition2011SetTest {

    private static final Path SET = Path.of("src/test/resources/golden/stmarys-it/markdown");
    /** 2011 certificates were invalid after 2021-09-29; no 2011 audit can be planned after 2021. */
    private static final int LAST_YEAR_OF_2011_CERTIFICATES = 2021;
    private static final Pattern YEAR = Pattern.compile("\\b(20\\d\\d)-\\d\\d-\\d\\d\\b");

    private static Map<String, String> documents;

    @BeforeAll
    static void read() throws IOException {
        documents = new TreeMap<>();
        try (Stream<Path> files = Files.list(SET)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                // Prose is wrapped: one space per line break, so a phrase is found across lines.
                documents.put(file.getFileName().toString(), Files.readString(file).replaceAll("\\s*\\n\\s*", " \n"));
            }
        }
        assertThat(documents).containsKeys("certification-roadmap.md", "glossary.md", "implementation-plan.md");
    }

    @Test
    void noDocumentPlansCertificationAgainstThe2011Edition() {
        Pattern future2011 = Pattern.compile(
                "(certification|certified|certificate|surveillance|stage [12])[^.|;]{0,80}against ISO/IEC 20000-1:2011",
                Pattern.CASE_INSENSITIVE);
        List<String> offending = documents.entrySet().stream()
                .filter(e -> future2011.matcher(e.getValue().replace(" \n", " ")).find()).map(Map.Entry::getKey).toList();
        assertThat(offending).as("documents that plan certification against the 2011 edition").isEmpty();
    }

    @Test
    void everyAuditOfTheRoadmapAfter2021IsAgainst2018() {
        List<String> rows = timelineRows();
        assertThat(rows).anyMatch(r -> r.contains("surveillance audit"));
        for (String row : rows) {
            Matcher year = YEAR.matcher(row);
            // The step's own name (first cell) says whether it is an audit; other cells may mention audits in passing.
            String step = row.substring(2, row.indexOf(" |", 2)).toLowerCase();
            boolean audit = step.endsWith("audit") || step.contains("audit against");
            if (audit && year.find() && Integer.parseInt(year.group(1)) > LAST_YEAR_OF_2011_CERTIFICATES) {
                assertThat(row).as("an audit after 2021 must name the 2018 edition").contains("ISO/IEC 20000-1:2018")
                        .doesNotContain("20000-1:2011");
            }
        }
    }

    @Test
    void roadmapAndGlossaryNameTheSameEditionOfCertification() {
        String roadmap = documents.get("certification-roadmap.md").replace(" \n", " ");
        String glossary = documents.get("glossary.md").replace(" \n", " ");
        String certifiedInRoadmap = edition(roadmap, "is therefore certified against ISO/IEC 20000-1:(\\d{4})");
        String issuedInGlossary = edition(glossary, "Certificates are now issued against ISO/IEC 20000-1:(\\d{4})");
        String certifiedInGlossary = edition(glossary, "is certified against that edition");
        assertThat(certifiedInRoadmap).isEqualTo(issuedInGlossary).isEqualTo("2018");
        assertThat(certifiedInGlossary).isNotNull();
        assertThat(roadmap).contains("## Transition to ISO/IEC 20000-1:2018");
    }

    @Test
    void the2018OnlyProcessesAreTransitionWorkEverywhere() {
        documents.forEach((name, text) -> assertThat(text.toLowerCase()).as(name).doesNotContain("not required by the 2011 edition"));
        String plan = documents.get("implementation-plan.md");
        for (String activity : List.of("P1-02", "P2-11", "P2-12")) {
            assertThat(plan.lines().filter(l -> l.startsWith("| " + activity + " |")))
                    .as("%s is planned as transition work", activity)
                    .anyMatch(l -> l.contains("required by the 2018 edition, against which certification now takes place"));
        }
        // Asset management is documented in the 2011 set, so it must say why: the transition.
        assertThat(documents.get("control-processes.md")).contains("## Asset management")
                .contains("to prepare the transition to ISO/IEC 20000-1:2018");
        assertThat(documents.get("certification-roadmap.md")).contains("| P2-11 Asset management | 8.2.5 |")
                .contains("| P1-02 Context, interested parties and risks | 4.1, 4.2, 6.1 |");
    }

    @Test
    void improvementUsesThe2011ProcessWithPreventiveAction() {
        assertThat(documents.get("nonconformity-and-corrective-action.md")).contains("## Preventive action")
                .contains("**Preventive action:**");
        assertThat(documents.get("continual-improvement.md")).contains("preventive action");
        // 2011 words where 2011 has its own.
        assertThat(documents.get("glossary.md")).contains("| Service provider |");
        documents.forEach((name, text) -> assertThat(text).as(name).doesNotContain("configuration information"));
        // 2011 keeps documents and records; the 2018 term appears only where the glossary maps it.
        documents.forEach((name, text) -> assertThat(text.toLowerCase().replace("| documents and records | documented information |", ""))
                .as(name).doesNotContain("documented information"));
    }

    private static List<String> timelineRows() {
        String roadmap = documents.get("certification-roadmap.md");
        String timeline = roadmap.substring(roadmap.indexOf("## Timeline"), roadmap.indexOf("## Stage 1 and stage 2"));
        return timeline.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Step")).toList();
    }

    private static String edition(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            return null;
        }
        return m.groupCount() > 0 ? m.group(1) : m.group();
    }
}
