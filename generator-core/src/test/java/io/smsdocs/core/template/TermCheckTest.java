package io.smsdocs.core.template;

import io.smsdocs.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TermCheckTest {

    @TempDir
    Path dir;

    @Test
    void theBuiltInGermanWordsUseTheTermTableOnly() {
        TemplateRepository repository = TemplateRepository.create(null, null, false, getClass().getClassLoader());
        assertThat(repository.templateWarnings(repository.documentTemplates("de"), "de")).extracting(Problem::format).isEmpty();
    }

    @Test
    void aRejectedWordIsReportedAtItsLineAndColumnWithThePreferredTerm() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates/documents"));
        Files.writeString(templates.resolve("form-kpi-sheet.text_de.ftl"), """
                <#-- Hausstil nach der Leitlinie: ein Kommentar wird nicht geprüft -->
                @@useTitle
                Nach der Leitlinie und dem Change Advisory Board
                @@use
                Jeder Change wird erfasst; das Werkzeug ist OTRS.
                """);
        Files.createDirectories(dir.resolve("templates/messages"));
        Files.writeString(dir.resolve("templates/messages/terms_de.properties"), "Werkzeug =\n");
        TemplateRepository repository = TemplateRepository.create(dir.resolve("templates"), "src/sms/templates", true, getClass().getClassLoader());

        // (The hand-written copy also records no base: OverrideRebaseTest covers that warning.)
        List<String> german = repository.templateWarnings(repository.documentTemplates("de"), "de").stream().map(Problem::format)
                .filter(w -> w.startsWith("src/sms/templates/") && !w.contains("records no copy")).toList();
        assertThat(german).containsExactly(
                "src/sms/templates/documents/form-kpi-sheet.text_de.ftl:3:10: 'Leitlinie' is not the term of this set;"
                        + " the term table (messages/terms_de.properties) says 'Politik'",
                "src/sms/templates/documents/form-kpi-sheet.text_de.ftl:5:7: 'Change' is not the term of this set;"
                        + " the term table (messages/terms_de.properties) says 'Änderung'",
                // The docs repo's table overrides the built-in one key by key: an empty preferred term still rejects.
                "src/sms/templates/documents/form-kpi-sheet.text_de.ftl:5:32: 'Werkzeug' is not the term of this set;"
                        + " the term table (messages/terms_de.properties) rejects it");
        // "Change Advisory Board" is allowed; an English set has no German words to check.
        assertThat(repository.templateWarnings(repository.documentTemplates("en"), "en")).extracting(Problem::message)
                .allMatch(m -> m.contains("records no copy"));
    }
}
