package io.smsdocs.core.golden;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the rendered Markdown and the manifest of whole sample sets. After an intended change, refresh
 * the goldens with {@code mvn -pl generator-core test -Dtest=GoldenFilesTest -Dgolden.update=true}
 * and review the diff in git.
 */
class GoldenFilesTest {

    private static final Path GOLDEN_ROOT = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "northwind, ../samples/northwind/src/sms/sms.yaml",
            "stmarys-it, ../samples/stmarys-it/src/sms/sms.yaml",
            "rheintal-de, ../samples/consultant-pack/client/src/sms/sms.yaml",
            "minimal, src/test/resources/descriptors/minimal.yaml"
    })
    void renderedSetMatchesGoldenFiles(String name, String descriptor, @TempDir Path out) throws IOException {
        new SmsGenerator().generate(GenerationRequest.of(Path.of(descriptor), null, out, List.of("markdown")));
        Map<String, String> actual = readTree(out);
        Path golden = GOLDEN_ROOT.resolve(name);
        if (UPDATE) {
            writeTree(golden, actual);
        }
        Map<String, String> expected = readTree(golden);
        assertThat(actual.keySet()).as("files of the %s set", name).containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<String, String> file : expected.entrySet()) {
            assertThat(actual.get(file.getKey())).as("%s/%s (refresh with -Dgolden.update=true)", name, file.getKey())
                    .isEqualTo(file.getValue());
        }
    }

    private static Map<String, String> readTree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            // PNG charts are pinned by their SHA-256 in manifest.json; the SVG twin is text and compared here.
            for (Path file : walk.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".png")).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), normalise(Files.readString(file)));
            }
        }
        return files;
    }

    /** The input fingerprint changes with every build of the generator; the goldens pin the documents. */
    private static String normalise(String text) {
        return text.replaceAll("\"inputs\": \"[0-9a-f]+\"", "\"inputs\": \"(fingerprint)\"");
    }

    private static void writeTree(Path root, Map<String, String> files) throws IOException {
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
    }
}
