package io.smsdocs.core.export.redline;

import io.smsdocs.core.export.FixedZip;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A file that is not a Word document is refused with one problem that names it and says what it is instead. */
class RedlineBadInputTest {

    static Stream<Arguments> notWordDocuments() {
        byte[] good = MiniDocx.of(MiniDocx.p("Text."));
        Map<String, byte[]> workbook = new LinkedHashMap<>();
        workbook.put("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> broken = new LinkedHashMap<>(FixedZip.read(good));
        broken.put("word/document.xml", "<w:document xmlns:w=\"x\"><w:body>".getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> strict = new LinkedHashMap<>(FixedZip.read(good));
        strict.put("word/document.xml", "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><w:body/></w:document>"
                .getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> doctype = new LinkedHashMap<>(FixedZip.read(good));
        doctype.put("word/document.xml", ("<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")
                .getBytes(StandardCharsets.UTF_8));
        return Stream.of(
                Arguments.of("empty", new byte[0], "not a Word document (.docx): the file is empty"),
                Arguments.of("text", "Service Level Agreement".getBytes(StandardCharsets.UTF_8), "not a Word document (.docx): it is not a zip package"),
                Arguments.of("doc", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0},
                        "not a Word document (.docx): it is a Word 97-2003 (.doc) file or a password-protected document"),
                Arguments.of("xlsx", FixedZip.write(workbook), "not a Word document (.docx): it has no Word document part (word/document.xml); it is an Excel workbook"),
                Arguments.of("broken", FixedZip.write(broken), "not a Word document (.docx): its word/document.xml is not well-formed XML (line 1, column"),
                Arguments.of("strict", FixedZip.write(strict), "not a Word document (.docx): it is saved as Strict Open XML"),
                Arguments.of("doctype", FixedZip.write(doctype), "not a Word document (.docx): its word/document.xml declares a DOCTYPE"),
                Arguments.of("cut short", java.util.Arrays.copyOf(good, good.length - 30),
                        "not a Word document (.docx): the zip package is incomplete"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notWordDocuments")
    void aFileThatIsNotAWordDocumentIsOneClearProblem(String name, byte[] bytes, String message) {
        byte[] good = MiniDocx.of(MiniDocx.p("Text."));
        for (boolean asOld : new boolean[]{true, false}) {
            SmsException failure = catchThrowableOfType(SmsException.class, () -> Redline.compare(
                    asOld ? bytes : good, "redline/old.docx", asOld ? good : bytes, "client/new.docx", RedlineTest.AUTHOR));
            assertThat(failure).as("%s as the %s document", name, asOld ? "old" : "new").isNotNull();
            assertThat(failure.problems()).hasSize(1);
            Problem problem = failure.problems().get(0);
            assertThat(problem.isError()).isTrue();
            assertThat(problem.source()).isEqualTo(asOld ? "redline/old.docx" : "client/new.docx");
            assertThat(problem.message()).startsWith(message);
            assertThat(problem.format()).startsWith((asOld ? "redline/old.docx" : "client/new.docx") + ": not a Word document (.docx): ")
                    .doesNotContain("Exception", "\tat ");
        }
    }
}
