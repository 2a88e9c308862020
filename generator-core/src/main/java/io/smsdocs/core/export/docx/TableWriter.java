package io.smsdocs.core.export.docx;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Pipe tables as real Word tables: the table style, a header row that repeats on every page and
 * never splits, shaded header cells, and a column grid (without w:tblGrid pandoc reads empty tables).
 */
final class TableWriter {

    static final int TEXT_WIDTH_TWIPS = 9638; // A4 with 2 cm margins
    private static final int CHAR_TWIPS = 90; // average character of the 9.5 pt table text
    private static final int CELL_PADDING_TWIPS = 200;

    private final InlineWriter inline;

    TableWriter(InlineWriter inline) {
        this.inline = inline;
    }

    void write(XWPFDocument document, TableBlock block) {
        List<TableRow> rows = new ArrayList<>();
        int headerRows = 0;
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableHead || section instanceof TableBody) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow tableRow) {
                        rows.add(tableRow);
                        if (section instanceof TableHead) {
                            headerRows++;
                        }
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.stream().mapToInt(r -> cells(r).size()).max().orElse(1);
        int[] widths = columnWidths(rows, columns);

        XWPFTable table = document.createTable(rows.size(), columns);
        CTTbl ct = table.getCTTbl();
        CTTblPr tblPr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
        table.setStyleID(DocxStyles.TABLE);
        // Direct borders as well as the style's: LibreOffice ignores the borders of table styles.
        if (tblPr.isSetTblBorders()) {
            tblPr.unsetTblBorders();
        }
        var borders = tblPr.addNewTblBorders();
        for (var border : new org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder[] {borders.addNewTop(),
                borders.addNewLeft(), borders.addNewBottom(), borders.addNewRight(), borders.addNewInsideH(), borders.addNewInsideV()}) {
            border.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(4));
            border.setSpace(BigInteger.ZERO);
            border.setColor(DocxStyles.BORDER);
        }
        var width = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH_TWIPS));
        var look = tblPr.isSetTblLook() ? tblPr.getTblLook() : tblPr.addNewTblLook();
        look.setFirstRow(true);
        CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }

        for (int r = 0; r < rows.size(); r++) {
            boolean header = r < headerRows;
            XWPFTableRow row = table.getRow(r);
            if (header) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            List<TableCell> cells = cells(rows.get(r));
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                var tcW = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                tcW.setType(STTblWidth.DXA);
                tcW.setW(BigInteger.valueOf(widths[c]));
                if (header) {
                    cell.setColor(DocxStyles.HEADER_FILL);
                }
                XWPFParagraph paragraph = cell.getParagraphs().get(0);
                paragraph.setStyle(DocxStyles.TABLE_TEXT);
                if (c < cells.size()) {
                    TableCell source = cells.get(c);
                    alignment(source).ifPresent(paragraph::setAlignment);
                    inline.write(source, paragraph, header ? InlineWriter.Format.PLAIN.withBold() : InlineWriter.Format.PLAIN);
                }
            }
        }
    }

    private static java.util.Optional<ParagraphAlignment> alignment(TableCell cell) {
        if (cell.getAlignment() == null) {
            return java.util.Optional.empty();
        }
        switch (cell.getAlignment()) {
            case CENTER: return java.util.Optional.of(ParagraphAlignment.CENTER);
            case RIGHT: return java.util.Optional.of(ParagraphAlignment.RIGHT);
            default: return java.util.Optional.empty();
        }
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
     * its longest word, then the rest of the width goes to the columns with the most text.
     */
    static int[] columnWidths(List<TableRow> rows, int columns) {
        int[] longestWord = new int[columns];
        int[] longestText = new int[columns];
        for (TableRow row : rows) {
            List<TableCell> cells = cells(row);
            for (int c = 0; c < cells.size() && c < columns; c++) {
                String text = new TextCollectingVisitor().collectAndGetText(cells.get(c)).strip();
                longestText[c] = Math.max(longestText[c], text.length());
                for (String word : text.split("\\s+")) {
                    longestWord[c] = Math.max(longestWord[c], word.length());
                }
            }
        }
        double[] minimum = new double[columns];
        double[] desired = new double[columns];
        for (int c = 0; c < columns; c++) {
            minimum[c] = Math.min(longestWord[c], 30) * CHAR_TWIPS + CELL_PADDING_TWIPS;
            desired[c] = Math.max(minimum[c], Math.min(longestText[c], 200) * CHAR_TWIPS + CELL_PADDING_TWIPS);
        }
        double[] widths = allocate(minimum, desired);
        int[] result = new int[columns];
        int used = 0;
        for (int c = 0; c < columns; c++) {
            result[c] = (int) Math.floor(widths[c]);
            used += result[c];
        }
        result[columns - 1] += TEXT_WIDTH_TWIPS - used;
        return result;
    }

    private static double[] allocate(double[] minimum, double[] desired) {
        double sumMinimum = java.util.Arrays.stream(minimum).sum();
        double sumDesired = java.util.Arrays.stream(desired).sum();
        double[] widths = new double[minimum.length];
        for (int c = 0; c < widths.length; c++) {
            if (sumDesired <= TEXT_WIDTH_TWIPS) {
                widths[c] = desired[c] * TEXT_WIDTH_TWIPS / sumDesired;
            } else if (sumMinimum >= TEXT_WIDTH_TWIPS) {
                widths[c] = minimum[c] * TEXT_WIDTH_TWIPS / sumMinimum;
            } else {
                double spare = TEXT_WIDTH_TWIPS - sumMinimum;
                widths[c] = minimum[c] + spare * (desired[c] - minimum[c]) / (sumDesired - sumMinimum);
            }
        }
        return widths;
    }
}
