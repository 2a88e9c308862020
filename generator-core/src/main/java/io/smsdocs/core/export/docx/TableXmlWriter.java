package io.smsdocs.core.export.docx;

import io.smsdocs.core.export.markdown.PlainText;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pipe tables as real Word tables: the table style, direct borders (LibreOffice ignores those of
 * table styles), a column grid (without w:tblGrid pandoc reads empty tables), and a shaded header
 * row that repeats on every page. No row splits across pages.
 */
final class TableXmlWriter {

    private static final int CHAR_TWIPS = 90; // average character of the 9.5 pt table text
    private static final int CELL_PADDING_TWIPS = 200;
    /** A header word is bold, and wider than the average character of the table text. */
    private static final int HEADER_CHAR_TWIPS = 110;
    /** A column to write in (empty under its header, as in a form) wants room for this many characters... */
    private static final int WRITE_IN_DESIRED_CHARS = 40;
    /** ...and gets at least this many, however long the labels beside it. */
    private static final int WRITE_IN_MINIMUM_CHARS = 12;
    /** The least height of a row with a cell to write in: a handwritten line (0.75 cm). */
    private static final int WRITE_IN_ROW_TWIPS = 425;

    private final StringBuilder out;
    private final RunXmlWriter runs;
    private final int textWidth;

    /** @param textWidth the width between the page margins, in twips, which every table spans */
    TableXmlWriter(StringBuilder out, RunXmlWriter runs, int textWidth) {
        this.out = out;
        this.runs = runs;
        this.textWidth = textWidth;
    }

    void write(TableBlock block) {
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
            return;
        }
        int columns = rows.stream().mapToInt(r -> cells(r).size()).max().orElse(1);
        int[] widths = columnWidths(rows, headerRows, columns, textWidth);
        String border = " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"" + DocxStyles.BORDER + "\"/>";
        out.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"").append(DocxStyles.TABLE).append("\"/><w:tblW w:w=\"")
                .append(textWidth).append("\" w:type=\"dxa\"/><w:tblBorders>")
                .append("<w:top").append(border).append("<w:left").append(border).append("<w:bottom").append(border)
                .append("<w:right").append(border).append("<w:insideH").append(border).append("<w:insideV").append(border)
                .append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\"")
                .append(" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
        for (int width : widths) {
            out.append("<w:gridCol w:w=\"").append(width).append("\"/>");
        }
        out.append("</w:tblGrid>");
        boolean[] writeIn = writeIn(rows, headerRows, columns);
        for (int r = 0; r < rows.size(); r++) {
            boolean header = r < headerRows;
            List<TableCell> cells = cells(rows.get(r));
            // A row left to be filled in gets room for a handwritten line.
            boolean blank = !header && java.util.stream.IntStream.range(0, columns)
                    .anyMatch(c -> writeIn[c] && (c >= cells.size() || PlainText.of(cells.get(c)).isBlank()));
            out.append("<w:tr><w:trPr><w:cantSplit/>").append(header ? "<w:tblHeader/>" : "")
                    .append(blank ? "<w:trHeight w:val=\"" + WRITE_IN_ROW_TWIPS + "\" w:hRule=\"atLeast\"/>" : "").append("</w:trPr>");
            for (int c = 0; c < columns; c++) {
                out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(widths[c]).append("\" w:type=\"dxa\"/>");
                if (header) {
                    out.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(DocxStyles.HEADER_FILL).append("\"/>");
                }
                out.append("</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"").append(DocxStyles.TABLE_TEXT).append("\"/>");
                TableCell source = c < cells.size() ? cells.get(c) : null;
                String alignment = source == null ? null : alignment(source);
                if (alignment != null) {
                    out.append("<w:jc w:val=\"").append(alignment).append("\"/>");
                }
                out.append("</w:pPr>");
                if (source != null) {
                    runs.children(source, header ? RunXmlWriter.Format.PLAIN.withBold() : RunXmlWriter.Format.PLAIN);
                }
                out.append("</w:p></w:tc>");
            }
            out.append("</w:tr>");
        }
        out.append("</w:tbl>");
    }

    /**
     * The columns a reader writes in: at least half of the body cells are empty, as in the entry column of a
     * form (whose few filled cells offer tick boxes) or the columns of its blank grid rows.
     */
    static boolean[] writeIn(List<TableRow> rows, int headerRows, int columns) {
        int bodyRows = rows.size() - headerRows;
        int[] empty = new int[columns];
        for (int r = headerRows; r < rows.size(); r++) {
            List<TableCell> cells = cells(rows.get(r));
            for (int c = 0; c < columns; c++) {
                if (c >= cells.size() || PlainText.of(cells.get(c)).isBlank()) {
                    empty[c]++;
                }
            }
        }
        boolean[] writeIn = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            writeIn[c] = bodyRows > 0 && empty[c] * 2 >= bodyRows;
        }
        return writeIn;
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

    /**
     * Column widths that avoid breaking words where the page allows: every column first gets room for
     * its longest word (a bold header word counts wider), then the rest of the width goes to the columns with the
     * most text. A column to write in (see writeIn) is sized as if it held a line of text, so it is not squeezed
     * to the width of its header.
     */
    static int[] columnWidths(List<TableRow> rows, int headerRows, int columns, int total) {
        int[] longestWord = new int[columns];
        int[] longestText = new int[columns];
        int[] headerWord = new int[columns];
        for (int r = 0; r < rows.size(); r++) {
            List<TableCell> cells = cells(rows.get(r));
            for (int c = 0; c < cells.size() && c < columns; c++) {
                String text = PlainText.of(cells.get(c)).strip();
                longestText[c] = Math.max(longestText[c], text.length());
                longestWord[c] = Math.max(longestWord[c], PlainText.longestWord(text));
                if (r < headerRows) {
                    headerWord[c] = Math.max(headerWord[c], PlainText.longestWord(text));
                }
            }
        }
        boolean[] writeInColumns = writeIn(rows, headerRows, columns);
        double[] minimum = new double[columns];
        double[] desired = new double[columns];
        for (int c = 0; c < columns; c++) {
            boolean writeIn = writeInColumns[c];
            minimum[c] = Math.max((writeIn ? Math.max(longestWord[c], WRITE_IN_MINIMUM_CHARS) : Math.min(longestWord[c], 30)) * CHAR_TWIPS,
                    Math.min(headerWord[c], 30) * HEADER_CHAR_TWIPS) + CELL_PADDING_TWIPS;
            desired[c] = Math.max(minimum[c], Math.min(writeIn ? Math.max(longestText[c], WRITE_IN_DESIRED_CHARS) : longestText[c], 200)
                    * CHAR_TWIPS + CELL_PADDING_TWIPS);
        }
        double sumMinimum = Arrays.stream(minimum).sum();
        double sumDesired = Arrays.stream(desired).sum();
        int[] widths = new int[columns];
        int used = 0;
        for (int c = 0; c < columns; c++) {
            double width;
            if (sumDesired <= total) {
                width = desired[c] * total / sumDesired;
            } else if (sumMinimum >= total) {
                width = minimum[c] * total / sumMinimum;
            } else {
                width = minimum[c] + (total - sumMinimum) * (desired[c] - minimum[c]) / (sumDesired - sumMinimum);
            }
            widths[c] = (int) Math.floor(width);
            used += widths[c];
        }
        widths[columns - 1] += total - used;
        return widths;
    }
}
