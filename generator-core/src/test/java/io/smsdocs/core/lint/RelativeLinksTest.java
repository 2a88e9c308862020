package io.smsdocs.core.lint;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every relative link and image in every sample set leads to a file of the set: no cross-reference is broken. */
class RelativeLinksTest {

    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)\\)");

    @ParameterizedTest
    @ValueSource(strings = {"../samples/northwind/src/sms/sms.yaml", "../samples/stmarys-it/src/sms/sms.yaml",
            "../samples/consultant-pack/client/src/sms/sms.yaml", "src/test/resources/descriptors/minimal.yaml",
            "src/test/resources/descriptors/in-house-hospital.yaml", "src/test/resources/descriptors/saas-de.yaml"})
    void everyRelativeLinkResolves(String descriptor, @TempDir Path out) throws IOException {
        new SmsGenerator().generate(GenerationRequest.of(Path.of(descriptor), null, out, List.of("markdown")));
        Path markdown = out.resolve("markdown");
        List<String> broken = new ArrayList<>();
        int followed = 0;
        try (Stream<Path> files = Files.list(markdown)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = LINK.matcher(Files.readString(file));
                while (m.find()) {
                    String target = m.group(1);
                    if (target.matches("^[a-z]+:.*") || target.startsWith("#")) {
                        continue; // external or in-page
                    }
                    followed++;
                    String path = target.replaceAll("#.*$", "");
                    if (!Files.exists(markdown.resolve(path).normalize())) {
                        broken.add(file.getFileName() + " -> " + target);
                    }
                }
            }
        }
        assertThat(followed).as("links followed in %s", descriptor).isGreaterThan(100);
        assertThat(broken).as(descriptor).isEmpty();
    }
}
