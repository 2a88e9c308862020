package io.smsdocs.core.reproducible;

import io.smsdocs.core.testing.FileTrees;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import io.smsdocs.core.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same input gives the same bytes (Markdown, DOCX, XLSX, the site, manifest), also in another JVM with another
 * time zone, language and default encoding, so docs repos diff cleanly wherever CI runs.
 */
class ReproducibleBytesTest {

    private static final Path NORTHWIND = Path.of("../samples/northwind/src/sms/sms.yaml");

    @TempDir
    Path dir;

    @Test
    void anotherJvmWithOtherTimeZoneLanguageAndEncodingWritesTheSameBytes() throws Exception {
        Path here = dir.resolve("here");
        new SmsGenerator().generate(GenerationRequest.of(NORTHWIND, null, here, List.of("markdown", "docx", "xlsx", "html")));

        Path there = dir.resolve("there");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr",
                "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), NORTHWIND.toString(), there.toString(), "-", "markdown,docx,xlsx,html")
                .redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(log).isZero();

        Map<String, byte[]> a = FileTrees.snapshot(here);
        Map<String, byte[]> b = FileTrees.snapshot(there);
        assertThat(a.keySet()).isEqualTo(b.keySet()).anyMatch(p -> p.endsWith(".docx")).anyMatch(p -> p.endsWith(".xlsx"))
                .anyMatch(p -> p.endsWith("site/index.html"));
        a.forEach((path, bytes) -> assertThat(b.get(path)).as(path).isEqualTo(bytes));
    }
}
