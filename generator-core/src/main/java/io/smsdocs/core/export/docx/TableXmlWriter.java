package io.smsdocs.core.export.docx;

import io.smsdocs.core.export.markdown.PlainText;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Pipe tables as real Word tables: their look (borders, cell margins, a bold shaded header row) comes from
 * the table style, which a house style can redefine; the table itself says only what is not a matter of
 * look: its width, a column grid sized to its content (without w:tblGrid pandoc reads empty tables), a header
 * row that repeats on every page and stays with the first row below it, and rows that do not split.
 */
final class TableXmlWriter {

    /** A thin border, 0.5 pt, between rows. */
    private static final int BORDER_TWIPS = 10;
    /** The least height of a row with a cell to write in: a handwritten line (0.75 cm). */
    private static final int WRITE_IN_ROW_TWIPS = 425;
    /** The table style's header row (first row) on, banded rows on where a house style bands them, no first column. */
    private static final String LOOK = "<w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\""
            + " w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/>";

    private final StringBuilder out;
    private final RunXmlWriter runs;
    private final int textWidth;
    private final TableFont font;
    private final Runnable rowWritten;

    /**
     * @param textWidth the width between the page margins, in twips, which every table spans
     * @param font      how the package's styles set the text of a cell, which the columns are sized for
     * @param rowWritten told after each row: the body writer hands the XML of a long table on a piece at a time
     */
    TableXmlWriter(StringBuilder out, RunXmlWriter runs, int textWidth, TableFont font, Runnable rowWritten) {
        this.out = out;
        this.rowWritten = rowWritten;
        this.runs = runs;
        this.textWidth = textWidth;
        this.font = font;
    }

    /** Writes the table; returns an estimate of its height in twips. */
    int write(TableBlock block) {
        List<TableRow> rows = new ArrayList<>();
        int headerRows = 0;
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableHead || section instanceof TableBody) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow tableRow) {
                        rows.add(tableRow);
                        headerRows += section instanceof TableHead ? 1 : 0;
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        List<List<String>> texts = rows.stream().map(row -> cells(row).stream().map(c -> PlainText.of(c).strip()).toList()).toList();
        int columns = Math.max(1, texts.stream().mapToInt(List::size).max().orElse(1));
        int[] widths = ColumnWidths.of(texts, headerRows, columns, font, textWidth);
        out.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"").append(DocxStyles.TABLE).append("\"/><w:tblW w:w=\"")
                .append(textWidth).append("\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>").append(LOOK)
                .append("</w:tblPr><w:tblGrid>");
        for (int width : widths) {
            out.append("<w:gridCol w:w=\"").append(width).append("\"/>");
        }
        out.append("</w:tblGrid>");
        boolean[] writeIn = ColumnWidths.writeIn(texts, headerRows, columns);
        for (int r = 0; r < rows.size(); r++) {
            boolean header = r < headerRows;
            List<TableCell> cells = cells(rows.get(r));
            List<String> rowTexts = texts.get(r);
            // A row left to be filled in gets room for a handwritten line.
            boolean blank = !header && IntStream.range(0, columns)
                    .anyMatch(c -> writeIn[c] && (c >= rowTexts.size() || rowTexts.get(c).isBlank()));
            out.append("<w:tr><w:trPr><w:cantSplit/>").append(header ? "<w:tblHeader/>" : "")
                    .append(blank ? "<w:trHeight w:val=\"" + WRITE_IN_ROW_TWIPS + "\" w:hRule=\"atLeast\"/>" : "").append("</w:trPr>");
            for (int c = 0; c < columns; c++) {
                out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(widths[c]).append("\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"")
                        .append(DocxStyles.TABLE_TEXT).append("\"/>");
                if (header) {
                    out.append("<w:keepNext/>"); // a header row is never left alone at the foot of a page
                }
                TableCell source = c < cells.size() ? cells.get(c) : null;
                String alignment = source == null ? null : alignment(source);
                if (alignment != null) {
                    out.append("<w:jc w:val=\"").append(alignment).append("\"/>");
                }
                out.append("</w:pPr>");
                if (source != null) {
                    runs.children(source, RunXmlWriter.Format.PLAIN);
                }
                out.append("</w:p></w:tc>");
            }
            out.append("</w:tr>");
            rowWritten.run();
        }
        out.append("</w:tbl>");
        return height(texts, headerRows, widths);
    }

    /** The rows' heights: each as high as its cell with the most lines, plus a border. */
    private int height(List<List<String>> texts, int headerRows, int[] widths) {
        ParagraphMetrics text = font.text();
        int height = 0;
        for (int r = 0; r < texts.size(); r++) {
            int lines = 1;
            for (int c = 0; c < texts.get(r).size() && c < widths.length; c++) {
                lines = Math.max(lines, text.widths().lines(texts.get(r).get(c), r < headerRows || text.bold(), text.halfPoints(),
                        widths[c] - font.cellMargins()));
            }
            height += lines * text.lineTwips() + text.spaceTwips() + BORDER_TWIPS;
        }
        return height;
    }

    private static String alignment(TableCell cell) {
        if (cell.getAlignment() == null) {
            return null;
        }
        return switch (cell.getAlignment()) {
            case CENTER -> "center";
            case RIGHT -> "right";
            default -> null;
        };
    }

    private static List<TableCell> cells(TableRow row) {
        List<TableCell> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell tableCell) {
                cells.add(tableCell);
            }
        }
        return cells;
    }
}
