package io.smsdocs.core.corpus;

import io.smsdocs.core.testing.FileTrees;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.api.SmsGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The bad-input corpus: every case must fail with one-line problems located at file:line:column with a
 * hint, exactly as its expected.txt says, and leave the previous output byte for byte as it was.
 * Refresh expected.txt after an intended wording change with -Dgolden.update=true and review the diff.
 */
class BadInputCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final String VALID = """
            organization: {name: Example Ltd}
            sms:
              scope: The SMS covers the services of Example Ltd.
            """;

    @TempDir
    Path project;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(CORPUS)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithLocatedProblemsAndKeepsEarlierOutput(String name) throws Exception {
        Path sms = project.resolve("src/sms");
        Path out = project.resolve("target/sms");
        Files.createDirectories(sms);
        Files.writeString(sms.resolve("sms.yaml"), VALID);
        new SmsGenerator().generate(request(sms, out, null, List.of("markdown", "docx")));
        Map<String, byte[]> before = FileTrees.snapshot(project.resolve("target"));

        Path caseDir = CORPUS.resolve(name);
        Path reference = prepare(name, caseDir, sms);
        Path templates = Files.isDirectory(caseDir.resolve("templates")) ? sms.resolve("templates") : null;
        if (templates != null) {
            copyTree(caseDir.resolve("templates"), templates);
        }
        // A short watchdog for the loop that writes nothing, which only the watchdog stops. The other cases keep the
        // default: the loop that writes must be stopped by the output limit, and on a loaded machine its 20 million
        // characters can take longer than 2 s, when the watchdog would answer for the limit.
        if (name.endsWith("silent-endless-template-loop")) {
            System.setProperty("smsdocs.templateTimeoutSeconds", "2");
        }
        SmsException failure;
        try {
            failure = catchThrowableOfType(SmsException.class, () -> new SmsGenerator().generate(
                    request(sms, out, reference, List.of("markdown", "docx"))));
        } finally {
            System.clearProperty("smsdocs.templateTimeoutSeconds");
        }

        assertThat(failure).as("%s must be rejected", name).isNotNull();
        List<String> lines = failure.problems().stream().map(Problem::format).toList();
        assertThat(lines).allSatisfy(line -> assertThat(line).as("one located line with a hint")
                .doesNotContain("\n").matches("^[^:]+:\\d+:\\d+: .+; .+$"));
        // docs/descriptor.md is in the smsdocs repository, not in the user's: a hint must not send them there.
        assertThat(lines).noneMatch(line -> line.contains("docs/descriptor.md"));
        Path expected = caseDir.resolve("expected.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, String.join("\n", lines) + "\n");
        }
        assertThat(String.join("\n", lines) + "\n").isEqualTo(Files.readString(expected));
        assertThat(FileTrees.snapshot(project.resolve("target"))).as("earlier output untouched, no staging debris")
                .containsOnlyKeys(before.keySet()).allSatisfy((path, bytes) -> assertThat(bytes).isEqualTo(before.get(path)));
    }

    private static GenerationRequest request(Path sms, Path out, Path reference, List<String> formats) {
        Path templates = sms.resolve("templates");
        return GenerationRequest.builder(sms.resolve("sms.yaml"), out).descriptorDisplay("src/sms/sms.yaml")
                .templateDirectory(templates, false).templateDisplay("src/sms/templates").outputDisplay("target/sms")
                .formats(formats).referenceDocx(reference).classLoader(BadInputCorpusTest.class.getClassLoader()).build();
    }

    /** Writes the case's descriptor, or builds it when the case is too large or too binary to keep in git. */
    private static Path prepare(String name, Path caseDir, Path sms) throws IOException {
        Path descriptor = sms.resolve("sms.yaml");
        switch (name.substring(3)) {
            case "non-utf8-bytes" -> Files.write(descriptor, ("organization: {name: Caf\u00e9 Ltd}\nsms: {scope: x}\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            case "yaml-alias-bomb" -> {
                StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
                for (char c = 'b'; c <= 'k'; c++) {
                    char p = (char) (c - 1);
                    yaml.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                            .append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append(", *")
                            .append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
                }
                Files.writeString(descriptor, VALID + "bomb:\n" + yaml.toString().indent(2));
            }
            case "fifty-megabyte-string" -> Files.writeString(descriptor, VALID.replace("The SMS covers", "x".repeat(50_000_000)));
            case "deep-nesting" -> Files.writeString(descriptor, VALID + "deep: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
            // Each pass writes 10,000 characters, so the output limit is reached in a fraction of the time limit even
            // on a loaded machine.
            case "endless-template-loop" -> scopeTemplate(sms, "<#list 1.. as i>${\"\"?left_pad(10000, \"x\")}</#list>\n");
            case "silent-endless-template-loop" -> scopeTemplate(sms, "<#list 1.. as i></#list>\n");
            case "logo-pixel-bomb" -> {
                // A tiny PNG whose header claims 100,000 x 100,000 pixels: decoding it would need 40 GB.
                Files.writeString(descriptor, VALID.replace("{name: Example Ltd}", "{name: Example Ltd, logo: logo.png}"));
                java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                javax.imageio.ImageIO.write(image, "png", png);
                byte[] bytes = png.toByteArray();
                java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(bytes, 16, 8);
                header.putInt(100_000).putInt(100_000); // IHDR width and height (the CRC no longer matches, as in an attack)
                Files.write(sms.resolve("logo.png"), bytes);
            }
            case "zip-bomb-reference-docx" -> {
                Files.writeString(descriptor, VALID.replace("sms:\n", "sms:\n  referenceDocx: house-style.docx\n"));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                    zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                    zip.write(new byte[200_000_000]); // compresses to a few hundred kB
                    zip.closeEntry();
                }
                Files.write(sms.resolve("house-style.docx"), bytes.toByteArray());
            }
            default -> Files.copy(caseDir.resolve("sms.yaml"), descriptor, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return null;
    }

    /** The valid descriptor with an override of the scope statement whose body is given. */
    private static void scopeTemplate(Path sms, String body) throws IOException {
        Files.writeString(sms.resolve("sms.yaml"), VALID);
        Path document = sms.resolve("templates/documents/sms-scope.md.ftl");
        Files.createDirectories(document.getParent());
        Files.writeString(document, "<#--\nid: sms-scope\ntitle: Scope\nkind: statement\nclauses: [\"4.3\", \"4.4\"]\n-->\n" + body);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
