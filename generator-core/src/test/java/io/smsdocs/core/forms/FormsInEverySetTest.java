package io.smsdocs.core.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import io.smsdocs.core.standard.ClauseCatalogue;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every built-in form is in every set, in both editions and both languages: of kind form in the manifest with the
 * clauses of the set's edition, rendered in the set's language, listed in the document register's group of forms
 * and in the records matrix, and shown apart in the traceability matrix instead of addressing a clause.
 */
class FormsInEverySetTest {

    static final List<String> FORMS = List.of("form-rfc", "form-cab-minutes", "form-major-incident-report", "form-problem-report",
            "form-audit-checklist", "form-audit-report", "form-management-review-agenda", "form-management-review-minutes",
            "form-supplier-review", "form-continuity-test-report", "form-kpi-sheet", "form-internal-agreement");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "../samples/northwind/src/sms/sms.yaml, en, 2018, Use of this form, Forms, Internal Agreement Template",
            "../samples/northwind/src/sms/sms.yaml, de, 2018, Verwendung dieses Formulars, Formulare, Vorlage für interne Vereinbarungen",
            "../samples/stmarys-it/src/sms/sms.yaml, en, 2011, Use of this form, Forms, Internal Group Agreement Template",
            "../samples/stmarys-it/src/sms/sms.yaml, de, 2011, Verwendung dieses Formulars, Formulare, Vorlage für Vereinbarungen mit internen Gruppen"
    })
    void everyFormIsInTheSetOfItsEditionAndLanguage(String sample, String language, String edition, String useHeading,
                                                    String registerHeading, String agreementTitle) throws IOException {
        Path descriptor = dir.resolve("sms.yaml");
        Files.writeString(descriptor, Files.readString(Path.of(sample)).replace("  language: en\n", "  language: " + language + "\n"));
        Path out = dir.resolve("out");
        new SmsGenerator().generate(GenerationRequest.of(descriptor, null, out, List.of("markdown")));

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.path("edition").asText()).isEqualTo(edition);
        ClauseCatalogue catalogue = ClauseCatalogue.forEdition(edition);
        List<String> formsInManifest = new ArrayList<>();
        for (JsonNode document : manifest.path("documents")) {
            if ("form".equals(document.path("kind").asText())) {
                formsInManifest.add(document.path("id").asText());
                List<String> clauses = new ArrayList<>();
                document.path("clauses").forEach(c -> clauses.add(c.asText()));
                assertThat(clauses).as(document.path("id").asText()).isNotEmpty().allMatch(catalogue::contains);
            }
        }
        assertThat(formsInManifest).containsExactlyElementsOf(FORMS);

        assertThat(Files.readString(out.resolve("markdown/form-internal-agreement.md"))).startsWith("# " + agreementTitle + "\n");

        String register = Files.readString(out.resolve("markdown/document-register.md"));
        String registerForms = section(register, "## " + registerHeading + "\n");
        String registerDocuments = register.substring(0, register.indexOf("## " + registerHeading + "\n"));
        String records = Files.readString(out.resolve("markdown/records-matrix.md"));
        String traceability = Files.readString(out.resolve("markdown/traceability-matrix.md"));
        String matrix = section(traceability, "## Matrix\n");
        String traceabilityForms = section(traceability, "## " + registerHeading + "\n");
        for (String form : FORMS) {
            String markdown = Files.readString(out.resolve("markdown/" + form + ".md"));
            assertThat(markdown).as(form).contains("## " + useHeading + "\n");
            String link = "](" + form + ".md)";
            assertThat(registerForms).as("register, forms: " + form).contains(link);
            assertThat(registerDocuments).as("register, documents: " + form).doesNotContain(link);
            assertThat(records).as("records matrix: " + form).contains(link);
            assertThat(traceabilityForms).as("traceability, forms: " + form).contains(link);
            assertThat(matrix).as("traceability, clauses addressed: " + form).doesNotContain(link);
        }
    }

    /** The text of a section: from its heading to the next heading of the same level. */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf(heading);
        assertThat(start).as(heading).isNotNegative();
        int end = markdown.indexOf("\n## ", start + heading.length());
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }
}
