package io.smsdocs.core.export.docx;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import io.smsdocs.core.export.FixedZip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every XML part of every DOCX of the sample sets is valid against the OOXML schema (see {@link OoxmlSchema}).
 * The German consultant client is generated with its consultant's pack on the classpath, so the pack's
 * house-style reference DOCX is part of what is checked.
 */
class OoxmlSchemaTest {

    private static final Path CONSULTANT_PACK = Path.of("../samples/consultant-pack/pack/src/main/resources");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "northwind, ../samples/northwind/src/sms/sms.yaml, false",
            "stmarys-it, ../samples/stmarys-it/src/sms/sms.yaml, false",
            "rheintal-de (harbour pack), ../samples/consultant-pack/client/src/sms/sms.yaml, true"
    })
    void everyPartOfEveryDocxOfTheSampleIsSchemaValid(String name, String descriptor, boolean withPack, @TempDir Path out)
            throws IOException {
        Map<String, byte[]> documents = generateDocx(Path.of(descriptor), withPack, out);
        assertThat(documents).as("DOCX files of %s", name).isNotEmpty();

        StringBuilder report = new StringBuilder();
        documents.forEach((document, bytes) -> OoxmlSchema.validate(bytes).forEach((part, errors) -> {
            report.append('\n').append(document).append(" » ").append(part).append(": ").append(errors.size()).append(" error(s)");
            errors.forEach(error -> report.append("\n    ").append(error));
        }));
        assertThat(report.toString()).as("schema errors in the DOCX of the %s set", name).isEmpty();
    }

    /** What the samples may lack: a logo in the header, pictures, code, rules, quotes, nested and restarted lists. */
    @Test
    void everyKindOfBlockAndTheLogoAreSchemaValid(@TempDir Path assets) throws IOException {
        Files.createDirectories(assets.resolve("images"));
        ImageIO.write(new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB), "png", assets.resolve("images/logo.png").toFile());
        String descriptor = DocxFixture.DESCRIPTOR.replace("shortName: Example}", "shortName: Example, logo: images/logo.png}");
        StringBuilder markdown = new StringBuilder("""
                # Everything

                <!-- smsdocs:end-of-front-matter -->

                ## Blocks

                Text with **bold *both*** and `code`, a [link](https://example.com), <mail@example.com> and a hard\
                break.

                ![Logo](images/logo.png)

                ```
                code block
                  indented
                ```

                ---

                > quoted

                <!-- smsdocs:guidance -->
                > guidance

                1. one
                   - nested
                     1. deeper

                | Left | Centre | Right |
                |:-----|:------:|------:|
                | a | b | c |

                """);
        try (Stream<Path> inputs = Files.list(Path.of("src/test/resources/docx"))) {
            for (Path input : inputs.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                markdown.append(Files.readString(input).replaceAll("(?m)^# ", "## ").replace("smsdocs:end-of-front-matter", "")).append("\n\n");
            }
        }
        byte[] docx = DocxFixture.docx(markdown.toString(), descriptor, assets);
        assertThat(FixedZip.read(docx).keySet()).filteredOn(n -> n.startsWith("word/media/")).hasSize(2); // logo and picture
        assertThat(OoxmlSchema.validate(docx)).isEmpty();
    }

    /** The validator must be able to fail: a property out of schema order, an unknown element, a wrong root. */
    @Test
    void theValidatorFindsBrokenParts() {
        byte[] docx = DocxFixture.docx("# Title\n\n## Purpose\n\nSome **bold** text.\n", DocxFixture.DESCRIPTOR, null);
        assertThat(OoxmlSchema.validate(docx)).as("a generated document").isEmpty();
        String document = new String(FixedZip.read(docx).get("word/document.xml"), StandardCharsets.UTF_8);
        assertThat(OoxmlSchema.validatePart("word/document.xml", document)).isEmpty();

        // CT_PPr is a sequence: w:jc comes after w:pStyle and w:spacing, never before.
        String misordered = document.replaceFirst("<w:pPr><w:pStyle w:val=\"([^\"]+)\"/>",
                "<w:pPr><w:jc w:val=\"center\"/><w:pStyle w:val=\"$1\"/>");
        assertThat(misordered).isNotEqualTo(document);
        assertThat(OoxmlSchema.validatePart("word/document.xml", misordered)).singleElement().asString().contains("pStyle");

        String unknownElement = document.replaceFirst("<w:b/>", "<w:bold/>");
        assertThat(unknownElement).isNotEqualTo(document);
        assertThat(OoxmlSchema.validatePart("word/document.xml", unknownElement)).isNotEmpty();

        assertThat(OoxmlSchema.validatePart("word/styles.xml", document)).singleElement().asString().contains("root element");
        assertThat(OoxmlSchema.validatePart("word/comments.xml", document)).singleElement().asString().contains("no schema type");

        // And through the package: the part name and its errors come back.
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>(FixedZip.read(docx));
        parts.put("word/document.xml", misordered.getBytes(StandardCharsets.UTF_8));
        assertThat(OoxmlSchema.validate(FixedZip.write(parts))).containsOnlyKeys("word/document.xml");
    }

    /** poi-ooxml-lite is a subset of the same classes: only poi-ooxml-full may be on the test classpath. */
    @Test
    void schemaTypesComeFromTheFullJarAlone() throws IOException {
        assertThat(OoxmlSchema.typesJar()).contains("poi-ooxml-full");
        List<URL> copies = Collections.list(getClass().getClassLoader()
                .getResources("org/openxmlformats/schemas/wordprocessingml/x2006/main/CTStyle.class"));
        assertThat(copies).singleElement().asString().contains("poi-ooxml-full");
    }

    static Map<String, byte[]> generateDocx(Path descriptor, boolean withPack, Path out) throws IOException {
        ClassLoader loader = withPack
                ? new URLClassLoader(new URL[] {CONSULTANT_PACK.toUri().toURL()}, OoxmlSchemaTest.class.getClassLoader())
                : null;
        new SmsGenerator().generate(GenerationRequest.builder(descriptor, out).formats(List.of("docx")).classLoader(loader).build());
        Map<String, byte[]> documents = new TreeMap<>();
        try (Stream<Path> files = Files.list(out.resolve("docx"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".docx")).toList()) {
                documents.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return documents;
    }
}
