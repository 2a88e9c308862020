package io.smsdocs.core.export.docx;

import io.smsdocs.core.export.markdown.PlainText;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * "Contents", a TOC field and a page break. The field's cached result lists the body's headings
 * (without page numbers, which only Word can know), so readers that do not update fields still show
 * the outline; Word rebuilds it on open because the settings ask it to update fields. The contents stay on
 * one page: under the document control where, by an estimate from the package's styles, they fit, else on a
 * page of their own, never with a few lines spilt onto an otherwise empty page. (Every entry also keeps with
 * the next, directly and by its style: Word then moves contents that the estimate wrongly let stay; LibreOffice
 * does not move so long a chain.)
 */
final class TocXmlWriter {

    private static final String BEGIN = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">"
            + " TOC \\o \"1-3\" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
    private static final String END = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";

    /** Room an entry leaves for the page number Word adds, in twips (1 cm). */
    private static final int PAGE_NUMBER_TWIPS = 567;

    private final StringBuilder out;
    private final RunXmlWriter runs;
    private final String title;
    private final StyleMetrics metrics;
    private final int textWidth;

    TocXmlWriter(StringBuilder out, RunXmlWriter runs, String title, StyleMetrics metrics, int textWidth) {
        this.out = out;
        this.runs = runs;
        this.title = title;
        this.metrics = metrics;
        this.textWidth = textWidth;
    }

    /**
     * Lists the headings (levels 2 to 4 of the Markdown) that follow the front-matter marker: under the
     * front matter if, by the estimate of both, the contents fit there, else from the top of the next page.
     *
     * @param frontMatterHeight an estimate of the height of the front matter, in twips
     */
    void write(Node marker, int frontMatterHeight) {
        List<Heading> entries = new ArrayList<>();
        for (Node node = marker.getNext(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() >= 2 && heading.getLevel() <= 4) {
                entries.add(heading);
            }
        }
        int height = metrics.paragraph(DocxStyles.TOC_HEADING).height(title, textWidth);
        for (Heading entry : entries) {
            height += metrics.paragraph("TOC1").height(PlainText.of(entry), textWidth - PAGE_NUMBER_TWIPS);
        }
        boolean ownPage = !metrics.fitsOnePage((long) frontMatterHeight + height);
        out.append("<w:p><w:pPr><w:pStyle w:val=\"").append(DocxStyles.TOC_HEADING).append("\"/><w:keepNext/>")
                .append(ownPage ? "<w:pageBreakBefore/>" : "").append("</w:pPr>");
        runs.run(title, RunXmlWriter.Format.PLAIN, null);
        out.append("</w:p>");
        boolean first = true;
        for (Heading heading : entries) {
            ParagraphXml.styled(out, "TOC" + (heading.getLevel() - 1), true);
            if (first) {
                out.append(BEGIN);
                first = false;
            }
            runs.run(PlainText.of(heading), RunXmlWriter.Format.PLAIN, null);
            out.append("</w:p>");
        }
        if (first) {
            out.append("<w:p>").append(BEGIN);
            runs.run("Update this field to build the table of contents.", RunXmlWriter.Format.PLAIN, null);
            out.append("</w:p>");
        }
        // The field ends in the paragraph that follows the last entry, together with the page break.
        out.append("<w:p>").append(END).append("<w:r><w:br w:type=\"page\"/></w:r></w:p>");
    }
}
