package io.smsdocs.core.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SmsGeneratorTest {

    @TempDir
    Path dir;

    private Path descriptor(String yaml) throws IOException {
        Path file = dir.resolve("sms.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static final String VALID = """
            organization: {name: Example Services Ltd}
            sms:
              scope: The SMS covers the hosting services of Example Services Ltd.
              effectiveDate: 2026-03-01
            roles: [{id: desk-lead, title: Service Desk Lead}]
            services: [{id: hosting, name: Hosting, owner: desk-lead}]
            documents:
              exclude: [knowledge-management]
              overrides: {sms-plan: {version: "1.3", approver: desk-lead}}
            """;

    @Test
    void generatesManifestWithClausesAndFiles() throws IOException {
        Path out = dir.resolve("out");
        GenerationResult result = new SmsGenerator().generate(GenerationRequest.of(descriptor(VALID), null, out, List.of("markdown")));

        assertThat(result.documents()).extracting(GenerationResult.GeneratedDocument::id)
                .contains("sms-plan", "sla-hosting").doesNotContain("knowledge-management");
        assertThat(result.documents()).allSatisfy(d -> {
            assertThat(d.clauses()).as(d.id()).isNotEmpty();
            assertThat(d.files()).containsExactly("markdown/" + d.id() + ".md");
        });
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertThat(manifest).startsWith("{\n  \"edition\": \"2018\",\n  \"documents\": [")
                .contains("\"id\": \"sms-plan\"").contains("\"version\": \"1.3\"").contains("\"markdown/sla-hosting.md\"");
        String plan = Files.readString(out.resolve("markdown/sms-plan.md"));
        assertThat(plan).startsWith("# Service Management Plan\n").contains("| Version | 1.3 |")
                .contains("| Approver | Service Desk Lead |").contains("| Effective date | 2026-03-01 |")
                .contains("| Next review | 2027-03-01 |");
    }

    @Test
    void brokenDescriptorLeavesEarlierOutputUntouched() throws IOException {
        Path out = dir.resolve("out");
        Path file = descriptor(VALID);
        new SmsGenerator().generate(GenerationRequest.of(file, null, out, List.of("markdown")));
        Map<String, byte[]> before = snapshot(out);

        Files.writeString(file, VALID.replace("owner: desk-lead", "ownr: desk-lead"));
        SmsException e = catchThrowableOfType(SmsException.class,
                () -> new SmsGenerator().generate(GenerationRequest.of(file, null, out, List.of("markdown"))));

        assertThat(e.problems()).singleElement().asString().endsWith(":6:41: unknown key 'ownr' in services[0]; did you mean 'owner'?");
        assertThat(snapshot(out)).containsOnlyKeys(before.keySet())
                .allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(before.get(path)));
    }

    @Test
    void unknownFormatAndUnknownExcludedDocumentAreReported() throws IOException {
        SmsException format = catchThrowableOfType(SmsException.class, () -> new SmsGenerator()
                .generate(GenerationRequest.of(descriptor(VALID), null, dir.resolve("o"), List.of("markdwon"))));
        assertThat(format.problems()).singleElement().asString()
                .isEqualTo("sms.formats: unknown output format 'markdwon'; did you mean 'markdown'?");

        SmsException exclude = catchThrowableOfType(SmsException.class, () -> new SmsGenerator().generate(GenerationRequest.of(
                descriptor(VALID.replace("[knowledge-management]", "[knowledge-managment]")), null, dir.resolve("o"), List.of("markdown"))));
        assertThat(exclude.problems()).singleElement().asString()
                .endsWith(":8:13: documents.exclude names the unknown document 'knowledge-managment'; did you mean 'knowledge-management'?");
    }

    @Test
    void sameInputGivesByteIdenticalOutput() throws IOException {
        Path file = descriptor(VALID);
        new SmsGenerator().generate(GenerationRequest.of(file, null, dir.resolve("a"), List.of("markdown", "docx")));
        new SmsGenerator().generate(GenerationRequest.of(file, null, dir.resolve("b"), List.of("markdown", "docx")));
        Map<String, byte[]> a = snapshot(dir.resolve("a"));
        Map<String, byte[]> b = snapshot(dir.resolve("b"));
        assertThat(a.keySet()).isEqualTo(b.keySet()).anyMatch(path -> path.endsWith(".docx"));
        a.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(b.get(path)));
    }

    private static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }
}
