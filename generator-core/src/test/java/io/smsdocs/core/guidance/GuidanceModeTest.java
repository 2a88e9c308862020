package io.smsdocs.core.guidance;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.GenerationResult;
import io.smsdocs.core.api.SmsGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** sms.guidance adds consultant notes under the sections; off by default, and switching it regenerates. */
class GuidanceModeTest {

    private static final Path NORTHWIND = Path.of("../samples/northwind/src/sms/sms.yaml");

    @TempDir
    Path dir;

    @Test
    void offByDefault() throws IOException {
        new SmsGenerator().generate(GenerationRequest.of(NORTHWIND, null, dir, List.of("markdown")));
        try (Stream<Path> files = Files.list(dir.resolve("markdown"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".md")).toList()).isNotEmpty()
                    .allSatisfy(f -> assertThat(Files.readString(f)).as(f.toString()).doesNotContain("smsdocs:guidance"));
        }
    }

    @Test
    void notesFollowTheirHeadingInMarkdownAndTakeTheGuidanceStyleInWord() throws IOException {
        GenerationRequest request = GenerationRequest.of(NORTHWIND, null, dir, List.of("markdown", "docx"));
        new SmsGenerator().generate(request);
        GenerationResult guided = new SmsGenerator().generate(request.withGuidance(true));
        assertThat(guided.upToDate()).as("switching guidance on is a change of input").isFalse();

        String plan = Files.readString(dir.resolve("markdown/sms-plan.md"));
        // A document note under the title, and a clause note under a section that cites 6.3.
        assertThat(plan).contains("<!-- smsdocs:end-of-front-matter -->\n\n<!-- smsdocs:guidance -->\n> **Guidance.** ");
        String planSection = plan.substring(plan.indexOf("*ISO/IEC 20000-1:2018: 6.3 Plan the SMS*"));
        assertThat(planSection).startsWith("*ISO/IEC 20000-1:2018: 6.3 Plan the SMS*\n\n<!-- smsdocs:guidance -->\n> **Guidance.** ");

        try (ZipFile docx = new ZipFile(dir.resolve("docx/sms-plan.docx").toFile())) {
            String body = new String(docx.getInputStream(docx.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(body).contains("<w:pStyle w:val=\"Guidance\"/>").doesNotContain("smsdocs:guidance");
            String styles = new String(docx.getInputStream(docx.getEntry("word/styles.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(styles).contains("w:styleId=\"Guidance\"");
        }

        GenerationResult plain = new SmsGenerator().generate(request.withGuidance(false));
        assertThat(plain.upToDate()).isFalse();
        assertThat(Files.readString(dir.resolve("markdown/sms-plan.md"))).doesNotContain("smsdocs:guidance");
    }

    @Test
    void eachNoteAppearsOncePerDocumentHoweverManySectionsCiteItsClause() throws IOException {
        new SmsGenerator().generate(GenerationRequest.of(NORTHWIND, null, dir, List.of("markdown")).withGuidance(true));
        java.util.Properties guidance = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/META-INF/smsdocs/packs/default/messages/guidance.properties")) {
            guidance.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        String sla = Files.readString(dir.resolve("markdown/sla-managed-desktop.md"));
        assertThat(count(sla, guidance.getProperty("2018.8.3.3"))).as("the note on 8.3.3 in an SLA").isEqualTo(1);
        try (Stream<Path> files = Files.list(dir.resolve("markdown"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String markdown = Files.readString(file);
                for (String note : guidance.stringPropertyNames()) {
                    assertThat(count(markdown, guidance.getProperty(note))).as("%s in %s", note, file.getFileName()).isLessThanOrEqualTo(1);
                }
            }
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }
}
