package io.smsdocs.core.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFStyles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the package's styles set text, and how much text its page holds: what the writers estimate with before
 * any word processor lays the text out (the widths of table columns, whether the contents fit under the
 * document control on the first page).
 *
 * @param table      how a table cell's text is set
 * @param paragraphs the paragraph styles the estimates need, by the id the writers use
 * @param textHeight the height between the top and bottom page margins, in twips
 */
record StyleMetrics(TableFont table, Map<String, ParagraphMetrics> paragraphs, int textHeight) {

    /** Estimates miss things (a header taller than the top margin, a line that wraps sooner): keep a little spare. */
    private static final int USABLE_PERCENT = 95;

    private static final List<String> ESTIMATED = List.of("Normal", DocxStyles.TITLE, DocxStyles.SUBTITLE,
            DocxStyles.TOC_HEADING, "TOC1");

    /**
     * @param aliases   the styles the package has under another id than the writers use (see DocxStyles.ensure)
     * @param themeFont the minor (body) font of the package's theme; may be null
     */
    static StyleMetrics of(XWPFStyles styles, Map<String, String> aliases, String themeFont, int textHeight) {
        Map<String, ParagraphMetrics> paragraphs = new LinkedHashMap<>();
        for (String id : ESTIMATED) {
            paragraphs.put(id, ParagraphMetrics.of(styles, aliases.getOrDefault(id, id), themeFont));
        }
        return new StyleMetrics(TableFont.of(styles, aliases, themeFont), Map.copyOf(paragraphs), textHeight);
    }

    /** The metrics of a paragraph style the writers use; Normal's for a style the estimates do not know. */
    ParagraphMetrics paragraph(String style) {
        return paragraphs.getOrDefault(style, paragraphs.get("Normal"));
    }

    /** Whether blocks of this estimated height fit on one page. */
    boolean fitsOnePage(long height) {
        return height <= (long) textHeight * USABLE_PERCENT / 100;
    }
}
