package io.smsdocs.core.export.docx;

import io.smsdocs.core.descriptor.DescriptorLoader;
import io.smsdocs.core.export.ExportContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A paper made beside the set (the clause index, a change summary) is written by the set's DOCX writer: schema-valid,
 * with its own reference and classification in the header and footer and its own properties, never the clock's.
 */
class PaperTest {

    private static final String MARKDOWN = """
            # Changes from sms-v1 to sms-v2

            2 documents changed.

            | Document | Clauses | What changed |
            |---|---|---|
            | [Service Level Agreement: Cloud Hosting](../set/docx/sla-hosting.docx) (EXAMPLE-SLA-01) | 8.3.3 | Availability |
            | Availability Plan | 8.7.1 | Targets; Risks \\| Issues |

            ## 8.3.3 Service level management

            **No document of the set addresses this clause.**
            """;

    @Test
    void aPaperIsSchemaValidAndSaysWhatItIsInItsHeaderFooterAndProperties(@TempDir Path assets) {
        var loaded = new DescriptorLoader().load(DocxFixture.DESCRIPTOR.getBytes(StandardCharsets.UTF_8), "sms.yaml");
        Paper paper = new Paper("sms-v1 → sms-v2", "Changes from sms-v1 to sms-v2", "Approved", "sms-v2", LocalDate.of(2026, 6, 1), "Internal");
        byte[] docx = DocxWriter.writePaper(MARKDOWN, paper, new ExportContext(loaded.descriptor(), assets, null));

        assertThat(OoxmlSchema.validate(docx)).isEmpty();
        assertThat(DocxWriter.writePaper(MARKDOWN, paper, new ExportContext(loaded.descriptor(), assets, null))).isEqualTo(docx);
        var parts = io.smsdocs.core.export.FixedZip.read(docx);
        String header = parts.entrySet().stream().filter(e -> e.getKey().startsWith("word/header"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        String footer = parts.entrySet().stream().filter(e -> e.getKey().startsWith("word/footer"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertThat(header).contains("sms-v1 → sms-v2").doesNotContain(PackageTemplate.REFERENCE_TOKEN);
        assertThat(footer).contains("Internal").doesNotContain(PackageTemplate.CLASSIFICATION_TOKEN);
        assertThat(new String(parts.get("docProps/core.xml"), StandardCharsets.UTF_8))
                .contains("<dc:title>Changes from sms-v1 to sms-v2</dc:title>").contains("<cp:revision>sms-v2</cp:revision>")
                .contains("2026-06-01T00:00:00Z").contains("<cp:contentStatus>Approved</cp:contentStatus>");
        String body = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
        assertThat(body).contains("<w:tblStyle w:val=\"SmsTable\"/>").contains("<w:tblHeader/>").contains("Targets; Risks | Issues");
        // A link to a document of the pack stays relative to the paper.
        assertThat(new String(parts.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8))
                .contains("Target=\"../set/docx/sla-hosting.docx\" TargetMode=\"External\"");
    }
}
