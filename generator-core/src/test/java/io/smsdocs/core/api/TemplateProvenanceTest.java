package io.smsdocs.core.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A set names the packs, with their versions, that made it, and each document the file its structure came from. */
class TemplateProvenanceTest {

    @TempDir
    Path dir;

    @Test
    void theManifestAndTheResultNameThePacksAndEachDocumentsTemplate() throws IOException {
        Path jar = dir.resolve("pack-jar");
        Path pack = Files.createDirectories(jar.resolve("META-INF/smsdocs/packs/acme/documents"));
        Files.writeString(jar.resolve("META-INF/smsdocs/packs.index"), "acme\n");
        Files.writeString(pack.getParent().resolve("pack.yaml"), "name: acme\nversion: 2.3.0\ndocuments:\n  - documents/glossary.md.ftl\n");
        Files.writeString(pack.resolve("glossary.md.ftl"), "<#--\nid: glossary\ntitle: Glossary\nkind: glossary\ncode: GLO-01\norder: 910\n"
                + "clauses: [\"7.5.1\"]\n-->\nOur own glossary.\n");
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Path descriptor = dir.resolve("sms.yaml");
        Files.writeString(descriptor, "organization: {name: Example Ltd}\nsms: {scope: The SMS covers the services of Example Ltd.}\n");
        try (URLClassLoader withPack = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            GenerationResult result = new SmsGenerator().generate(GenerationRequest.builder(descriptor, dir.resolve("out"))
                    .templateDirectory(templates, true).templateDisplay("src/sms/templates").classLoader(withPack)
                    .formats(List.of("markdown")).build());

            assertThat(result.templateLayers()).containsExactly("docs repo src/sms/templates", "pack acme 2.3.0", "built-in pack 1.0.0");
            JsonNode manifest = new ObjectMapper().readTree(dir.resolve("out/manifest.json").toFile());
            assertThat(manifest.path("templates")).extracting(JsonNode::asText)
                    .containsExactly("docs repo src/sms/templates", "pack acme 2.3.0", "built-in pack 1.0.0");
            for (JsonNode document : manifest.path("documents")) {
                String expected = document.path("id").asText().equals("glossary") ? "[pack acme] documents/glossary.md.ftl"
                        : "[built-in pack] documents/" + document.path("id").asText().replaceFirst("^sla-.*", "sla") + ".md.ftl";
                if (!document.path("id").asText().startsWith("internal-agreement-")) {
                    assertThat(document.path("template").asText()).as(document.path("id").asText()).isEqualTo(expected);
                }
            }
            // An up-to-date run names them too.
            GenerationResult again = new SmsGenerator().generate(GenerationRequest.builder(descriptor, dir.resolve("out"))
                    .templateDirectory(templates, true).templateDisplay("src/sms/templates").classLoader(withPack)
                    .formats(List.of("markdown")).build());
            assertThat(again.upToDate()).isTrue();
            assertThat(again.templateLayers()).containsExactly("docs repo src/sms/templates", "pack acme 2.3.0", "built-in pack 1.0.0");
        }
    }
}
