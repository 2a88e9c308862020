package io.smsdocs.core.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the text of a table cell is set in the package's styles, which the column widths are computed for:
 * the font and size of the Table Text paragraph style, and the left and right cell margins of the table style.
 * A house style may change all of them.
 *
 * @param text        the metrics of the Table Text style
 * @param cellMargins the left and right cell margins together, in twips
 */
record TableFont(ParagraphMetrics text, int cellMargins) {

    /** The built-in style: Calibri 9.5 pt, single lines, 2 pt above and below, 0.15 cm either side. */
    static final TableFont BUILT_IN = new TableFont(new ParagraphMetrics(TextWidths.CALIBRI, 19, false, 231, 80),
            2 * DocxStyles.CELL_MARGIN);

    private static final Pattern CELL_MARGINS = Pattern.compile("<w:tblCellMar>(.*?)</w:tblCellMar>", Pattern.DOTALL);
    private static final Pattern SIDE = Pattern.compile("<w:(left|right|start|end) w:w=\"(\\d+)\"(?: w:type=\"(\\w+)\")?");

    /**
     * @param aliases   the styles the package has under another id than the writers use (see DocxStyles.ensure)
     * @param themeFont the minor (body) font of the package's theme, for styles that name a theme font; may be null
     */
    static TableFont of(XWPFStyles styles, Map<String, String> aliases, String themeFont) {
        return new TableFont(ParagraphMetrics.of(styles, aliases.getOrDefault(DocxStyles.TABLE_TEXT, DocxStyles.TABLE_TEXT), themeFont),
                cellMargins(ParagraphMetrics.chain(styles, aliases.getOrDefault(DocxStyles.TABLE, DocxStyles.TABLE))));
    }

    TextWidths widths() {
        return text.widths();
    }

    int halfPoints() {
        return text.halfPoints();
    }

    /**
     * The left and right margins of the nearest style that sets them; a side in another unit than twips, or
     * a side not given, counts as the built-in margin.
     */
    private static int cellMargins(List<CTStyle> tableStyles) {
        for (CTStyle style : tableStyles) {
            Matcher margins = CELL_MARGINS.matcher(style.xmlText());
            if (margins.find()) {
                int total = 0;
                int sides = 0;
                for (Matcher side = SIDE.matcher(margins.group(1)); side.find(); ) {
                    boolean twips = side.group(3) == null || side.group(3).equals("dxa");
                    total += twips ? Integer.parseInt(side.group(2)) : DocxStyles.CELL_MARGIN;
                    sides++;
                }
                return total + (2 - Math.min(sides, 2)) * DocxStyles.CELL_MARGIN;
            }
        }
        return 2 * DocxStyles.CELL_MARGIN;
    }
}
