package io.smsdocs.core.export.redline;

import io.smsdocs.core.export.FixedZip;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consultant compares the SLA they issued with the one the client sent back edited in Word (see
 * {@link WordEditedDocx}): the client's pending changes count as made (insertions present, deletions gone), and
 * the redline shows them as changes against the issued version, in the client's document with its comment,
 * content controls and bookmarks kept.
 */
class ClientEditedRedlineTest {

    private static byte[] issued;
    private static byte[] returned;
    private static Redline.Result result;
    private static RedlineXml redline;

    @BeforeAll
    static void compare() {
        issued = NorthwindVersions.v1("sla-service-desk");
        returned = WordEditedDocx.edit(issued);
        result = Redline.compare(issued, "sla-service-desk.docx", returned, "sla-service-desk (client).docx", RedlineTest.AUTHOR);
        redline = new RedlineXml(result.docx());
    }

    @Test
    void theClientsPendingChangesShowAsChangesAgainstTheIssuedVersion() {
        assertThat(redline.texts("del")).contains("99.5");
        assertThat(redline.texts("ins")).contains("99.7");
        assertThat(String.join("", redline.texts("ins"))).contains("reviews it every year");
        assertThat(String.join("", redline.texts("del"))).contains("Where a customer has agreed different targets");
        assertThat(redline.changes()).anySatisfy(change -> {
            assertThat(change.on()).isEqualTo("row");
            assertThat(change.kind()).isEqualTo("ins");
            assertThat(change.text()).isEqualTo("Fabrikam Foods LtdCustomerChief Executive");
        });
        // the paragraph the client typed, with its date field kept whole
        assertThat(redline.paragraphXml("Reviewed with the customer on")).contains("<w:fldSimple ").contains("2026-10-02");
        assertThat(result.changedSections()).containsExactly("Parties to this agreement", "Purpose", "Availability");
    }

    @Test
    void onlyTheRedlinesOwnChangesRemain() {
        assertThat(redline.changes()).isNotEmpty().allSatisfy(change -> assertThat(change.author()).isEqualTo("Tom Fielding"));
        assertThat(RedlineXml.documentXml(result.docx())).doesNotContain(WordEditedDocx.CLIENT, "rPrChange");
        // text the client deleted is deleted in the redline once, not twice
        assertThat(String.join("|", redline.texts("del"))).doesNotContain("99.5%|99.5");
    }

    @Test
    void theClientsCommentContentControlsAndBookmarksAreKept() {
        String xml = RedlineXml.documentXml(result.docx());
        assertThat(xml).contains("<w:commentRangeStart w:id=\"0\"/>", "<w:commentRangeEnd w:id=\"0\"/>", "<w:commentReference w:id=\"0\"/>");
        assertThat(FixedZip.read(result.docx())).containsKey("word/comments.xml");
        assertThat(xml).contains("<w:alias w:val=\"Purpose\"/>", "<w:alias w:val=\"Description\"/>", "w:name=\"_GoBack\"");
        assertThat(xml).contains("mc:Ignorable=\"w14\"", "w14:paraId=");
        // the inserted sentence sits inside the content control, where the client wrote it
        String purpose = xml.substring(xml.indexOf("<w:alias w:val=\"Purpose\"/>"), xml.indexOf("</w:sdt>", xml.indexOf("<w:alias w:val=\"Purpose\"/>")));
        assertThat(purpose).contains("reviews it every year");
    }

    @Test
    void theOtherWayRoundTheClientsVersionIsTheOldOne() {
        Redline.Result back = Redline.compare(returned, issued, RedlineTest.AUTHOR);
        RedlineXml xml = new RedlineXml(back.docx());
        assertThat(xml.texts("del")).contains("99.7");
        assertThat(xml.texts("ins")).contains("99.5");
        assertThat(xml.changes()).anySatisfy(change -> {
            assertThat(change.on()).isEqualTo("row");
            assertThat(change.kind()).isEqualTo("del");
            assertThat(change.text()).isEqualTo("Fabrikam Foods LtdCustomerChief Executive");
        });
        // what the old (client's) document alone had is not carried over: its comment anchors and content controls
        assertThat(RedlineXml.documentXml(back.docx())).doesNotContain("commentReference", "<w:sdt>", WordEditedDocx.CLIENT);
        assertThat(DocumentSchema.errors(back.docx())).isEmpty();
    }

    @Test
    void theClientsDocumentComparedWithItselfIsUnchanged() {
        Redline.Result same = Redline.compare(returned, returned, RedlineTest.AUTHOR);
        assertThat(same.changed()).isFalse();
        assertThat(new RedlineXml(same.docx()).changes()).isEmpty();
    }

    @Test
    void theComparedTextIsTheClientsTextWithTheirChangesAccepted() {
        List<String> paragraphs = new RedlineXml(result.docx()).acceptedParagraphs();
        assertThat(paragraphs).anySatisfy(p -> assertThat(p).contains("99.7%").doesNotContain("99.5"));
    }
}
