package io.smsdocs.core.language;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the docs say about dates in a German set is what the set contains: DD.MM.YYYY, from ISO dates in the descriptor. */
class GermanDatesTest {

    @TempDir
    Path dir;

    @Test
    void aGermanSetWritesDatesAsTheDocsSay() throws IOException {
        Path descriptor = dir.resolve("sms.yaml");
        Files.writeString(descriptor, """
                organization: {name: Beispiel GmbH}
                sms:
                  language: de
                  scope: Das SMS umfasst die IT-Services der Beispiel GmbH.
                  effectiveDate: 2026-12-01
                documents:
                  overrides: {sms-scope: {status: Freigegeben}}
                """);
        new SmsGenerator().generate(GenerationRequest.of(descriptor, null, dir.resolve("out"), List.of("markdown")));
        String scope = Files.readString(dir.resolve("out/markdown/sms-scope.md"));
        assertThat(scope).contains("| Gültig ab | 01.12.2026 |").contains("| Nächste Überprüfung | 01.12.2027 |")
                .doesNotContain("2026-12-01");

        // No document of the German sample writes an ISO date in its text (the roadmap's readiness list once did).
        try (var files = Files.list(Path.of("src/test/resources/golden/rheintal-de/markdown"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                assertThat(Files.readString(file)).as(file.getFileName().toString()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
            }
        }

        String docs = Files.readString(Path.of("../docs/descriptor.md"));
        String language = docs.lines().filter(line -> line.startsWith("| `sms.language` |")).findFirst().orElseThrow();
        assertThat(language).contains("DD.MM.YYYY").contains("`01.12.2026`").doesNotContain("stay ISO");
        assertThat(Files.readString(Path.of("../README.md"))).contains("German dates such as 01.12.2026");
    }
}
