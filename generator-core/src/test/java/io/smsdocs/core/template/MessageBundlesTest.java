package io.smsdocs.core.template;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixed texts come from bundles that layer by edition and language, and a docs repo can change one word. */
class MessageBundlesTest {

    @TempDir
    Path dir;

    @Test
    void editionBundleOverridesTheBaseKeyByKey() {
        TemplateRepository repository = TemplateRepository.create(null, null, false, getClass().getClassLoader());
        Map<String, String> edition2018 = repository.messages("en", "2018");
        Map<String, String> edition2011 = repository.messages("en", "2011");
        assertThat(edition2018).containsEntry("internalSupplier", "internal supplier").containsEntry("documentControl", "Document control");
        assertThat(edition2011).containsEntry("internalSupplier", "internal group").containsEntry("theConfigurationInformation", "the CMDB")
                .containsEntry("documentControl", "Document control");
        assertThat(MessageBundles.names("messages", "de", "2011")).containsExactly("messages.properties", "messages_2011.properties",
                "messages_de.properties", "messages_de_2011.properties");
    }

    @Test
    void aDocsRepoRenamesADocumentAndChangesOneWordWithoutCopyingABundle() throws IOException {
        Path sms = Files.createDirectories(dir.resolve("src/sms"));
        Files.writeString(sms.resolve("sms.yaml"), "organization: {name: Example Ltd}\nsms: {scope: The SMS covers the services of Example Ltd.}\n");
        Path templates = Files.createDirectories(sms.resolve("templates/messages"));
        Files.writeString(templates.resolve("messages.properties"), """
                # Our house names: the plan is the "SMS Handbook"; the control block is "Document information".
                title.sms-plan = SMS Handbook
                documentControl = Document information
                """);
        new SmsGenerator().generate(GenerationRequest.of(sms.resolve("sms.yaml"), sms.resolve("templates"), dir.resolve("out"),
                List.of("markdown")));

        String plan = Files.readString(dir.resolve("out/markdown/sms-plan.md"));
        assertThat(plan).startsWith("# SMS Handbook\n").contains("| Document information | |").contains("| Title | SMS Handbook |");
        // Every other text still comes from the built-in bundle, and links carry the new title.
        assertThat(plan).contains("## Revision history");
        assertThat(Files.readString(dir.resolve("out/markdown/document-register.md"))).contains("[SMS Handbook](sms-plan.md)");
        assertThat(Files.readString(dir.resolve("out/manifest.json"))).contains("\"title\": \"SMS Handbook\"");
    }

    /**
     * The file name counts before the layer (docs/templates.md, "Message and guidance bundles"): the docs repo's
     * messages.properties changes the English text, but a German set reads the built-in messages_de.properties after
     * it; the docs repo's messages_de.properties changes the German text.
     */
    @Test
    void aMoreSpecificBundleOfALowerLayerWinsOverAGeneralOneOfAHigherLayer() throws IOException {
        Path messages = Files.createDirectories(dir.resolve("templates/messages"));
        Files.writeString(messages.resolve("messages.properties"), "documentControl = Our control block\nrevisionHistory = Our history\n");
        Files.writeString(messages.resolve("messages_de.properties"), "revisionHistory = Unsere Historie\n");
        TemplateRepository repository = TemplateRepository.create(dir.resolve("templates"), "src/sms/templates", true,
                getClass().getClassLoader());

        assertThat(repository.messages("en", "2018")).containsEntry("documentControl", "Our control block")
                .containsEntry("revisionHistory", "Our history");
        Map<String, String> german = repository.messages("de", "2018");
        assertThat(german.get("documentControl")).isNotEqualTo("Our control block")
                .isEqualTo(TemplateRepository.create(null, null, false, getClass().getClassLoader()).messages("de", "2018").get("documentControl"));
        assertThat(german).containsEntry("revisionHistory", "Unsere Historie");
    }
}
