package io.smsdocs.core.export.redline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LibreOffice opens the redline and keeps its tracked changes: the redline is converted to DOCX by LibreOffice
 * (its own reader and writer) and the changes it writes back are the ones we wrote, with author and date.
 */
class LibreOfficeReadsRedlineTest {

    @TempDir
    Path folder;

    @Test
    void libreOfficeReadsTheTrackedChangesOfARedline() throws Exception {
        Redline.Result result = Redline.compare(NorthwindVersions.v1("sla-service-desk"), NorthwindVersions.v2("sla-service-desk"),
                RedlineTest.AUTHOR);
        RedlineXml reread = new RedlineXml(roundTrip(result.docx(), "sla-service-desk.docx"));

        List<RedlineXml.Change> changes = reread.changes();
        assertThat(changes).isNotEmpty().allSatisfy(change -> {
            assertThat(change.author()).isEqualTo("Tom Fielding");
            assertThat(change.date()).startsWith("2026-09-01T14:30:15");
        });
        assertThat(reread.texts("del")).contains("99.5", "Lead", "4");
        assertThat(reread.texts("ins")).contains("99.9", "Manager", "6");
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.on()).isEqualTo("row");
            assertThat(change.kind()).isEqualTo("del");
            assertThat(change.text()).startsWith("Adventure Works Engineering Ltd");
        });
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.on()).isEqualTo("row");
            assertThat(change.kind()).isEqualTo("ins");
            assertThat(change.text()).startsWith("Litware Inc");
        });
        // as many changes of text as we wrote: LibreOffice dropped none
        assertThat(reread.texts("ins")).hasSameSizeAs(new RedlineXml(result.docx()).texts("ins"));
        assertThat(reread.texts("del")).hasSameSizeAs(new RedlineXml(result.docx()).texts("del"));
    }

    @Test
    void libreOfficeReadsTheRedlineOfAWordEditedDocument() throws Exception {
        byte[] issued = NorthwindVersions.v1("sla-service-desk");
        Redline.Result result = Redline.compare(issued, WordEditedDocx.edit(issued), RedlineTest.AUTHOR);
        RedlineXml reread = new RedlineXml(roundTrip(result.docx(), "client.docx"));
        assertThat(reread.texts("del")).contains("99.5");
        assertThat(reread.texts("ins")).contains("99.7");
        assertThat(String.join("", reread.texts("del"))).contains("Where a customer has agreed different targets");
        assertThat(reread.changes()).anySatisfy(change -> {
            assertThat(change.on()).isEqualTo("row");
            assertThat(change.text()).isEqualTo("Fabrikam Foods LtdCustomerChief Executive");
        });
    }

    private byte[] roundTrip(byte[] docx, String name) throws Exception {
        Path redline = folder.resolve(name);
        Files.write(redline, docx);
        return Files.readAllBytes(LibreOffice.convert(redline, "docx:MS Word 2007 XML", folder.resolve("libreoffice")));
    }
}
