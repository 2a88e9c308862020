package io.smsdocs.core.export.docx;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the pretty-printed {@code word/document.xml} of small Markdown inputs, like flexmark's own
 * spec tests: reviewable XML, not zip bytes. Refresh with {@code -Dgolden.update=true}.
 */
class DocxGoldenTest {

    private static final Path DIR = Path.of("src/test/resources/docx");

    @ParameterizedTest
    @ValueSource(strings = {"inline-and-lists", "table-and-quote", "no-front-matter"})
    void documentXmlMatchesGolden(String name) throws Exception {
        String markdown = Files.readString(DIR.resolve(name + ".md"));
        String actual = pretty(documentXml(DocxFixture.docx(markdown, DocxFixture.DESCRIPTOR, null)));
        Path golden = DIR.resolve(name + ".document.xml");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual);
        }
        assertThat(actual).as("%s (refresh with -Dgolden.update=true)", golden).isEqualTo(Files.readString(golden));
    }

    private static String documentXml(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    static String pretty(String xml) throws Exception {
        Transformer transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        StringWriter out = new StringWriter();
        transformer.transform(new StreamSource(new StringReader(xml)), new StreamResult(out));
        return out.toString().replace("\r\n", "\n").replaceAll("(?m)^\\s+$\\n", "");
    }
}
