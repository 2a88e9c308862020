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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every sample set, in both languages and both editions, and the partial descriptors pass the output lint. */
class SampleSetsLintTest {

    @ParameterizedTest
    @ValueSource(strings = {"../samples/northwind/src/sms/sms.yaml", "../samples/stmarys-it/src/sms/sms.yaml",
            "../samples/consultant-pack/client/src/sms/sms.yaml", "src/test/resources/descriptors/minimal.yaml",
            "src/test/resources/descriptors/in-house-hospital.yaml", "src/test/resources/descriptors/saas-de.yaml"})
    void theSetHasNoGeneratorWordingPlaceholdersCutListsOrStandardText(String descriptor, @TempDir Path out) throws IOException {
        new SmsGenerator().generate(GenerationRequest.of(Path.of(descriptor), null, out, List.of("markdown")));
        List<String> titles = new io.smsdocs.core.descriptor.DescriptorLoader().load(Path.of(descriptor), descriptor).descriptor().roles()
                .stream().map(io.smsdocs.core.descriptor.model.Role::title).toList();
        List<OutputLint.Finding> findings = new ArrayList<>();
        try (Stream<Path> files = Files.list(out.resolve("markdown"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                findings.addAll(OutputLint.lint(file.getFileName().toString(), Files.readString(file), titles));
            }
        }
        assertThat(findings).as(descriptor).isEmpty();
    }
}
