package io.smsdocs.core.export.docx;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An independent reader (pandoc) must see the same heading outline in the DOCX as the Markdown has.
 * CI installs pandoc, and there the test may not be skipped.
 */
class PandocReadsDocxTest {

    @TempDir
    static Path out;

    @BeforeAll
    static void generate() {
        boolean pandoc = isOnPath("pandoc");
        if (!pandoc && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must install pandoc (see .ci/run)");
        }
        Assumptions.assumeTrue(pandoc, "pandoc is not installed");
        new SmsGenerator().generate(GenerationRequest.of(Path.of("../samples/northwind/src/sms/sms.yaml"), null, out,
                List.of("markdown", "docx")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sms-plan", "resolution-and-fulfilment", "sla-cloud-hosting", "document-register"})
    void headingOutlineSurvivesTheRoundTrip(String id) throws Exception {
        List<String> expected = Files.readString(out.resolve("markdown/" + id + ".md")).lines()
                .dropWhile(line -> !line.contains("smsdocs:end-of-front-matter"))
                .filter(line -> line.matches("#{2,4} .*"))
                .map(line -> line.substring(1)) // ## in Markdown is Heading 1 in Word
                .toList();
        Process pandoc = new ProcessBuilder("pandoc", "-f", "docx", "-t", "gfm", out.resolve("docx/" + id + ".docx").toString())
                .redirectErrorStream(true).start();
        String text = new String(pandoc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(pandoc.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> actual = text.lines().filter(line -> line.matches("#{1,3} .*")).filter(line -> !line.equals("# Contents"))
                .map(line -> line.replace("\\", "")).toList();
        assertThat(expected).isNotEmpty();
        assertThat(actual).isEqualTo(expected.stream().map(line -> line.replace("\\", "")).toList());
    }

    private static boolean isOnPath(String command) {
        try {
            return new ProcessBuilder(command, "--version").redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
