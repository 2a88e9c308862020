package io.smsdocs.core.export.docx;

import io.smsdocs.core.export.markdown.PlainText;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;

/**
 * "Contents", a TOC field and a page break. The field's cached result lists the body's headings
 * (without page numbers, which only Word can know), so readers that do not update fields still show
 * the outline; Word rebuilds it on open because the settings ask it to update fields.
 */
final class TocXmlWriter {

    private static final String BEGIN = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">"
            + " TOC \\o \"1-3\" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
    private static final String END = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";

    private final StringBuilder out;
    private final RunXmlWriter runs;
    private final String title;

    TocXmlWriter(StringBuilder out, RunXmlWriter runs, String title) {
        this.out = out;
        this.runs = runs;
        this.title = title;
    }

    /** Lists the headings (levels 2 to 4 of the Markdown) that follow the front-matter marker. */
    void write(Node marker) {
        ParagraphXml.styled(out, DocxStyles.TOC_HEADING);
        runs.run(title, RunXmlWriter.Format.PLAIN, null);
        out.append("</w:p>");
        boolean first = true;
        for (Node node = marker.getNext(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() >= 2 && heading.getLevel() <= 4) {
                ParagraphXml.styled(out, "TOC" + (heading.getLevel() - 1));
                if (first) {
                    out.append(BEGIN);
                    first = false;
                }
                runs.run(PlainText.of(heading), RunXmlWriter.Format.PLAIN, null);
                out.append("</w:p>");
            }
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
