package io.smsdocs.core.export.redline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.smsdocs.core.export.redline.MiniDocx.bold;
import static io.smsdocs.core.export.redline.MiniDocx.p;
import static io.smsdocs.core.export.redline.MiniDocx.r;
import static io.smsdocs.core.export.redline.MiniDocx.styled;
import static io.smsdocs.core.export.redline.MiniDocx.table;
import static org.assertj.core.api.Assertions.assertThat;

/** One feature of the redline at a time, on small hand-written documents. */
class RedlineCasesTest {

    private static Redline.Result compare(String oldBody, String newBody) {
        return Redline.compare(MiniDocx.of(oldBody), MiniDocx.of(newBody), RedlineTest.AUTHOR);
    }

    private static RedlineXml xml(Redline.Result result) {
        assertThat(DocumentSchema.errors(result.docx())).as("schema errors").isEmpty();
        return new RedlineXml(result.docx());
    }

    @Test
    void aChangedClauseNumberIsOneToken() {
        RedlineXml redline = xml(compare(p("See clause 8.3.3 and SLA-02 for details."), p("See clause 8.3.4 and SLA-03 for details.")));
        assertThat(redline.texts("del")).containsExactly("8.3.3", "SLA-02");
        assertThat(redline.texts("ins")).containsExactly("8.3.4", "SLA-03");
    }

    @Test
    void neighbouringChangedWordsReadAsOnePhrase() {
        RedlineXml redline = xml(compare(p("Incidents are resolved by the quick response team today."),
                p("Incidents are resolved by a dedicated support group today.")));
        assertThat(redline.texts("del")).containsExactly("the quick response team");
        assertThat(redline.texts("ins")).containsExactly("a dedicated support group");
    }

    @Test
    void aParagraphRewrittenBeyondRecognitionIsDeletedAndInsertedWhole() {
        Redline.Result result = compare(p("The service desk answers calls within two minutes."),
                p("Customers may raise requests through the portal at any time."));
        RedlineXml redline = xml(result);
        assertThat(redline.texts("del")).containsExactly("The service desk answers calls within two minutes.");
        assertThat(redline.texts("ins")).containsExactly("Customers may raise requests through the portal at any time.");
        assertThat(result.insertions()).isEqualTo(1);
        assertThat(result.deletions()).isEqualTo(1);
    }

    @Test
    void eachRunKeepsTheFormattingOfItsSide() {
        RedlineXml redline = xml(compare(p("Availability is ", "99.5%", " a month."),
                "<w:p>" + r("Availability is ") + bold("99.8%") + r(" a month.") + "</w:p>"));
        String paragraph = redline.paragraphXml("Availability is");
        assertThat(paragraph).containsPattern("<w:del [^>]*><w:r><w:delText xml:space=\"preserve\">99\\.5</w:delText></w:r></w:del>");
        assertThat(paragraph).containsPattern("<w:ins [^>]*><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">99\\.8</w:t></w:r></w:ins>");
    }

    @Test
    void insertedAndDeletedParagraphsAreMarkedWithTheirParagraphMarks() {
        Redline.Result insertion = compare(p("Keep this.") + p("Keep that."), p("Keep this.") + p("A new sentence.") + p("Keep that."));
        RedlineXml inserted = xml(insertion);
        assertThat(inserted.texts("ins")).containsExactly("A new sentence.");
        assertThat(inserted.changes()).filteredOn(c -> c.on().equals("mark")).extracting(RedlineXml.Change::kind).containsExactly("ins");
        assertThat(inserted.paragraphXml("A new sentence.")).containsPattern("<w:pPr><w:rPr><w:ins [^>]*/></w:rPr></w:pPr><w:ins ");
        assertThat(insertion.insertions()).isEqualTo(1);
        assertThat(insertion.deletions()).isZero();

        Redline.Result deletion = compare(p("Keep this.") + p("Remove this sentence.") + p("Keep that."), p("Keep this.") + p("Keep that."));
        RedlineXml deleted = xml(deletion);
        assertThat(deleted.acceptedParagraphs()).containsExactly("Keep this.", "", "Keep that.");
        assertThat(deleted.texts("del")).containsExactly("Remove this sentence.");
        assertThat(deleted.changes()).filteredOn(c -> c.on().equals("mark")).extracting(RedlineXml.Change::kind).containsExactly("del");
        assertThat(deletion.deletions()).isEqualTo(1);
        assertThat(deletion.insertions()).isZero();
    }

    @Test
    void paragraphsDeletedAtTheEndKeepTheirOrder() {
        RedlineXml redline = xml(compare(p("First.") + p("Second.") + p("Third."), p("First.")));
        assertThat(redline.texts("del")).containsExactly("Second.", "Third.");
    }

    @Test
    void aFieldIsComparedByItsInstructionNotItsResult() {
        String field = "<w:p>" + r("See page ") + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> PAGEREF _Toc%s \\h </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + r("%s") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + r(" for the %s.") + "</w:p>";
        Redline.Result samePage = compare(field.formatted("1234", "4", "targets"), field.formatted("98765", "7", "targets"));
        assertThat(samePage.changed()).as("a new page number or a renumbered _Toc bookmark is no change").isFalse();

        Redline.Result textAround = compare(field.formatted("1", "4", "targets"), field.formatted("1", "7", "service levels"));
        RedlineXml redline = xml(textAround);
        assertThat(redline.texts("del")).containsExactly("targets");
        assertThat(redline.texts("ins")).containsExactly("service levels");
        assertThat(RedlineXml.documentXml(textAround.docx())).contains(">7</w:t>"); // the new result, kept as it is
    }

    @Test
    void aTableOfContentsIsKeptAsTheNewOne() {
        String toc = "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + r("%s") + "</w:p>" + p("%s") + "<w:p><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        Redline.Result result = compare(toc.formatted("Purpose", "Scope") + styled("berschrift1", "Purpose"),
                toc.formatted("Purpose", "Service hours") + styled("berschrift1", "Purpose"));
        assertThat(result.changed()).isFalse();
    }

    @Test
    void changesAreReportedUnderTheNearestHeadingOrTheTitle() {
        String old = styled("Title", "Service Level Agreement") + p("Version 1.0") + styled("berschrift1", "Scope")
                + p("All sites.") + styled("Heading2", "Hours") + p("Mon-Fri.") + styled("Heading4", "Detail") + p("Nine to five.");
        String revised = old.replace("Version 1.0", "Version 1.1").replace("Nine to five.", "Eight to six.");
        Redline.Result result = compare(old, revised);
        // the localised style id "berschrift1" is a heading by its name; Heading 4 is too deep to be a section
        assertThat(result.changedSections()).containsExactly("Service Level Agreement", "Hours");
    }

    @Test
    void aChangedHeadingIsReportedUnderItsNewText() {
        Redline.Result result = compare(styled("berschrift1", "Service hours") + p("Text."), styled("berschrift1", "Support hours") + p("Text."));
        assertThat(result.changedSections()).containsExactly("Support hours");
    }

    @Test
    void tablesAreComparedCellByCell() {
        Redline.Result result = compare(table("Priority|Response", "P1|15 minutes", "P2|30 minutes", "P3|2 hours"),
                table("Priority|Response", "P1|10 minutes", "P3|2 hours", "P4|1 day"));
        RedlineXml redline = xml(result);
        assertThat(redline.texts("del")).contains("15", "P2", "30 minutes");
        assertThat(redline.texts("ins")).contains("10", "P4", "1 day");
        assertThat(redline.changes()).filteredOn(c -> c.on().equals("row"))
                .extracting(RedlineXml.Change::kind, RedlineXml.Change::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("del", "P230 minutes"), org.assertj.core.groups.Tuple.tuple("ins", "P41 day"));
        assertThat(result.insertions()).isEqualTo(2); // 10, the P4 row
        assertThat(result.deletions()).isEqualTo(2); // 15, the P2 row
    }

    @Test
    void aDeletedTableIsPutBackWithEveryRowDeleted() {
        RedlineXml redline = xml(compare(p("Before.") + table("A|B", "1|2") + p("After."), p("Before.") + p("After.")));
        assertThat(redline.changes()).filteredOn(c -> c.on().equals("row")).extracting(RedlineXml.Change::kind).containsExactly("del", "del");
        assertThat(redline.texts("del")).containsExactly("A", "B", "1", "2");
    }

    @Test
    void aDeletedPictureIsShownByItsDescriptionAndOldAnchorsAreNotCarriedOver() {
        String picture = "<w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
                + "<wp:extent cx=\"1\" cy=\"1\"/><wp:docPr id=\"1\" name=\"Picture 1\" descr=\"Escalation chart\"/></wp:inline></w:drawing></w:r>";
        String old = "<w:p><w:commentRangeStart w:id=\"3\"/><w:bookmarkStart w:id=\"4\" w:name=\"chart\"/>" + r("See the chart ")
                + picture + "<w:bookmarkEnd w:id=\"4\"/><w:commentRangeEnd w:id=\"3\"/>"
                + "<w:r><w:commentReference w:id=\"3\"/></w:r></w:p>";
        Redline.Result result = compare(p("Before.") + old, p("Before."));
        RedlineXml redline = xml(result);
        assertThat(redline.texts("del")).containsExactly("See the chart [Escalation chart]");
        assertThat(RedlineXml.documentXml(result.docx())).doesNotContain("drawing", "comment", "bookmark");
    }

    @Test
    void aTableEmptiedByPendingRowDeletionsIsGone() {
        String allDeleted = table("A|B").replace("<w:tr>",
                "<w:tr><w:trPr><w:del w:id=\"1\" w:author=\"Client\" w:date=\"2026-01-01T00:00:00Z\"/></w:trPr>");
        assertThat(compare(p("Text."), p("Text.") + allDeleted).changed()).isFalse();
    }

    @Test
    void wordsInsideAHyperlinkAreMarkedInsideIt() {
        String link = "<w:p>" + r("Read the ") + "<w:hyperlink r:id=\"rId2\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr>"
                + "<w:t xml:space=\"preserve\">%s</w:t></w:r></w:hyperlink>" + r(".") + "</w:p>";
        Redline.Result result = compare(link.formatted("service catalogue"), link.formatted("request catalogue"));
        String paragraph = xml(result).paragraphXml("catalogue");
        // runs no change touches stay whole
        assertThat(paragraph).contains("<w:r><w:t xml:space=\"preserve\">Read the </w:t></w:r>");
        assertThat(paragraph).containsPattern("<w:hyperlink [^>]*r:id=\"rId2\"><w:del [^>]*><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr>"
                + "<w:delText xml:space=\"preserve\">service</w:delText></w:r></w:del><w:ins [^>]*><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr>"
                + "<w:t xml:space=\"preserve\">request</w:t></w:r></w:ins>");
    }

    @Test
    void aWordSplitOverRunsIsStillOneToken() {
        // Word often splits a word into runs (spell check, an edit in the middle): "availability" as "avail" + "ability"
        RedlineXml redline = xml(compare(p("The avail", "ability target."), p("The availability goal.")));
        assertThat(redline.texts("del")).containsExactly("target");
        assertThat(redline.texts("ins")).containsExactly("goal");
    }

    @Test
    void identicalDocumentsGiveNoChange() {
        String body = styled("Title", "T") + p("a") + table("x|y");
        Redline.Result result = compare(body, body);
        assertThat(result.changed()).isFalse();
        assertThat(result.changedSections()).isEmpty();
        assertThat(xml(result).changes()).isEmpty();
    }

    @Test
    void theIdsFollowTheDocumentOrderAfterTheLargestIdAlreadyThere() {
        String revised = "<w:p><w:bookmarkStart w:id=\"40\" w:name=\"x\"/>" + r("New words here.") + "<w:bookmarkEnd w:id=\"40\"/></w:p>";
        RedlineXml redline = xml(compare(p("Old words there."), revised));
        assertThat(redline.changes()).extracting(RedlineXml.Change::kind, RedlineXml.Change::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple("del", "41"), org.assertj.core.groups.Tuple.tuple("ins", "42"),
                org.assertj.core.groups.Tuple.tuple("del", "43"), org.assertj.core.groups.Tuple.tuple("ins", "44"));
    }

    @Test
    void pendingTrackedChangesAreAcceptedBeforeComparing() {
        String accepted = p("The target is 99.9 % a month.");
        String pending = "<w:p>" + r("The target is ")
                + "<w:del w:id=\"1\" w:author=\"Client\" w:date=\"2026-01-01T00:00:00Z\"><w:r><w:delText>99.5</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"Client\" w:date=\"2026-01-01T00:00:00Z\"><w:r><w:t>99.9</w:t></w:r></w:ins>"
                + r(" % a month.") + "</w:p>";
        assertThat(compare(pending, accepted).changed()).isFalse();
        assertThat(compare(accepted, pending).changed()).isFalse();

        // a deleted paragraph mark joins the paragraph to the next one
        String joined = "<w:p><w:pPr><w:rPr><w:del w:id=\"3\" w:author=\"Client\" w:date=\"2026-01-01T00:00:00Z\"/></w:rPr></w:pPr>"
                + r("First half, ") + "</w:p>" + p("second half.");
        assertThat(compare(p("First half, second half."), joined).changed()).isFalse();

        // a pending deleted row is gone, a pending inserted row is there
        String rows = table("A|B", "1|2", "3|4")
                .replaceFirst("<w:tr><w:tc>(<w:tcPr>.{0,60}</w:tcPr><w:p><w:r><w:t xml:space=\"preserve\">1)",
                        "<w:tr><w:trPr><w:del w:id=\"4\" w:author=\"Client\" w:date=\"2026-01-01T00:00:00Z\"/></w:trPr><w:tc>$1");
        assertThat(rows).contains("<w:trPr><w:del");
        assertThat(compare(table("A|B", "3|4"), rows).changed()).isFalse();
    }
}
