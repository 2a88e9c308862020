package io.smsdocs.core.check;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The descriptors the README shows a newcomer pass the CI gate as they are written there: each YAML block is
 * taken verbatim from README.md, found by the sentence that introduces it, and checked like sms:check does.
 */
class ReadmeDescriptorsTest {

    private static final Path README = Path.of("../README.md");
    /** A day before any review date of the examples falls due, so the test does not age. */
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"so this is a complete descriptor; what it leaves", "A fuller one, with the key names that other tools rely on"})
    void passesTheCheckAsWritten(String introduction) throws IOException {
        Path descriptor = dir.resolve("sms.yaml");
        Files.writeString(descriptor, yamlBlockAfter(Files.readString(README), introduction));

        SmsChecks.Findings findings;
        try {
            findings = new SmsGenerator().check(GenerationRequest.of(descriptor, null, dir.resolve("out"), List.of("markdown")), AS_OF);
        } catch (SmsException e) {
            throw new AssertionError("the README's descriptor is invalid:\n" + String.join("\n",
                    e.problems().stream().map(Problem::format).toList()), e);
        }
        assertThat(findings.all()).as("findings of sms:check").extracting(Problem::format).isEmpty();
        // Processes the example leaves without an owner are stated once, as information.
        assertThat(findings.notes()).hasSizeLessThanOrEqualTo(1).allMatch(Problem::isInfo);
    }

    /** The first ```yaml block after the sentence, byte for byte. */
    static String yamlBlockAfter(String markdown, String introduction) {
        int at = markdown.indexOf(introduction);
        if (at < 0) {
            fail("README.md no longer says '" + introduction + "'");
        }
        int start = markdown.indexOf("```yaml\n", at);
        int end = markdown.indexOf("\n```", start + 8);
        if (start < 0 || end < 0) {
            fail("no ```yaml block after '" + introduction + "'");
        }
        return markdown.substring(start + "```yaml\n".length(), end + 1);
    }
}
