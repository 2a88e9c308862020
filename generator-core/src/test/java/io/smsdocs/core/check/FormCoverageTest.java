package io.smsdocs.core.check;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import io.smsdocs.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A form is the blank of a record: a clause that only a form cites is still covered by no document of the set. */
class FormCoverageTest {

    private static final Path NORTHWIND = Path.of("../samples/northwind/src/sms/sms.yaml");

    @TempDir
    Path dir;

    @Test
    void aClauseCitedOnlyByAFormIsStillUncovered() throws IOException {
        assertThat(gapsWithAnExtraDocumentOfKind("form")).singleElement().asString()
                .contains("clause 7.6 (Knowledge) is covered by no document of the set: excluding 'knowledge-management'"
                        + " removed its only coverage");
    }

    @Test
    void theSameDocumentAsAProcedureCoversTheClause() throws IOException {
        assertThat(gapsWithAnExtraDocumentOfKind("procedure")).isEmpty();
    }

    /** Northwind without its knowledge procedure, plus a project template of the kind given that cites clause 7.6. */
    private List<String> gapsWithAnExtraDocumentOfKind(String kind) throws IOException {
        Path descriptor = dir.resolve(kind).resolve("sms.yaml");
        Files.createDirectories(descriptor.getParent());
        Files.writeString(descriptor, Files.readString(NORTHWIND).replace("exclude: []", "exclude: [knowledge-management]"));
        Path templates = Files.createDirectories(descriptor.resolveSibling("templates/documents"));
        Files.writeString(templates.resolve("acme-knowledge-article.md.ftl"), """
                <#--
                id: acme-knowledge-article
                title: Knowledge Article
                kind: %s
                code: ACM-01
                order: 990
                clauses: ["7.6"]
                -->
                <@sms.section title="Article"/>

                The article records what was learnt.
                """.formatted(kind));
        SmsChecks.Findings findings = new SmsGenerator().check(GenerationRequest.of(descriptor, templates.getParent(),
                dir.resolve(kind).resolve("out"), List.of("markdown")), LocalDate.of(2026, 6, 1));
        return findings.gaps().stream().map(Problem::format).toList();
    }
}
