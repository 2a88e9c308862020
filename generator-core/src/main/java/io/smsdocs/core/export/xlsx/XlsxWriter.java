package io.smsdocs.core.export.xlsx;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.smsdocs.core.export.FixedZip;
import io.smsdocs.core.export.markdown.MarkdownText;
import io.smsdocs.core.plan.PlannedDocument;
import io.smsdocs.core.render.RenderedDocument;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sheet per table of a document body, named after the section it is in (see {@link SheetNames}): a bold,
 * shaded header row that stays in view, an autofilter, column widths from the content, dates as real dates,
 * percentages as percent-formatted numbers and columns of whole numbers (effort days, levels) as numbers.
 * Bytes are reproducible: core properties come from the document, zip entries get a fixed order and time.
 */
public final class XlsxWriter {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern GERMAN_DATE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4}");
    private static final Pattern PERCENT = Pattern.compile("(-?\\d{1,12}(?:[.,]\\d{1,6})?)[\\s\\u00a0]?%");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,15}");
    private static final Pattern PLACEHOLDER = Pattern.compile("|[-\u2013\u2014]");
    private static final String UNDATED = "2000-01-01T00:00:00Z";
    /** What a spreadsheet cell can hold (Excel's limit, which POI enforces). */
    static final int MAX_CELL = 32_767;

    private XlsxWriter() {
    }

    /** What ends a cell too long for a spreadsheet when the pack's messages have no xlsx.cellCut; {0}: the characters left out. */
    public static final String CUT_NOTE = "\u2026 ({0} more characters: a spreadsheet cell holds at most 32,767; the DOCX has the whole text)";

    /**
     * The workbook, or null when the document has no table in its body.
     *
     * @param cutNote what ends a cell too long for a spreadsheet, {0} the number of characters left out
     */
    public static byte[] write(RenderedDocument rendered, String organization, String cutNote) {
        List<NamedTable> tables = tables(MarkdownText.parse(rendered.markdown()));
        if (tables.isEmpty()) {
            return null;
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            List<List<List<String>>> rows = tables.stream().map(table -> rows(table.block())).toList();
            List<String> names = SheetNames.of(tables.stream().map(NamedTable::name).toList(),
                    rows.stream().map(r -> r.isEmpty() ? List.<String>of() : r.get(0)).toList());
            for (int i = 0; i < tables.size(); i++) {
                sheet(workbook.createSheet(names.get(i)), rows.get(i), headerRows(tables.get(i).block()), styles, cutNote);
            }
            properties(workbook, rendered.document(), organization);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return FixedZip.normalize(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record NamedTable(String name, TableBlock block) {
    }

    /** Tables after the front matter, each with the heading it stands under. */
    private static List<NamedTable> tables(Document ast) {
        List<NamedTable> tables = new ArrayList<>();
        boolean body = false;
        String heading = "Table";
        for (Node node = ast.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlCommentBlock && node.getChars().toString().contains("smsdocs:end-of-front-matter")) {
                body = true;
            } else if (node instanceof Heading h) {
                heading = MarkdownText.plain(h);
            } else if (node instanceof TableBlock table && body) {
                tables.add(new NamedTable(heading, table));
            }
        }
        return tables;
    }

    /** The rows of a table as plain text, the header rows first. */
    private static List<List<String>> rows(TableBlock table) {
        List<List<String>> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (!(section instanceof TableHead) && !(section instanceof TableBody)) {
                continue;
            }
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    List<String> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(MarkdownText.plain(cell).strip());
                        }
                    }
                    rows.add(cells);
                }
            }
        }
        return rows;
    }

    /** A cell's text, cut with a note when it is longer than a spreadsheet cell holds (a list of thousands of services). */
    static String fitted(String text, String cutNote) {
        if (text.length() <= MAX_CELL) {
            return text;
        }
        String pattern = cutNote.replace("'", "''");
        // The note for the whole length is at least as long as the note for what is left out, so the cut text fits.
        int keep = MAX_CELL - java.text.MessageFormat.format(pattern, Integer.toString(text.length())).length();
        return text.substring(0, keep) + java.text.MessageFormat.format(pattern, Integer.toString(text.length() - keep));
    }

    private static int headerRows(TableBlock table) {
        int headerRows = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableHead) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    headerRows += row instanceof TableRow ? 1 : 0;
                }
            }
        }
        return headerRows;
    }

    private static void sheet(XSSFSheet sheet, List<List<String>> rows, int headerRows, Styles styles, String cutNote) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        boolean[] counts = countColumns(rows, headerRows, columns);
        int[] widths = new int[columns];
        for (int r = 0; r < rows.size(); r++) {
            XSSFRow row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                String text = fitted(rows.get(r).get(c), cutNote);
                XSSFCell cell = row.createCell(c);
                boolean body = r >= headerRows;
                LocalDate date = body ? date(text) : null;
                Matcher percent = body ? PERCENT.matcher(text) : null;
                if (date != null) {
                    cell.setCellValue(date);
                    cell.setCellStyle(styles.date);
                } else if (percent != null && percent.matches()) {
                    // "99.5%" (or German "99,5 %") is the number 0.995, shown with as many decimals as written.
                    String number = percent.group(1).replace(',', '.');
                    int decimals = number.indexOf('.') < 0 ? 0 : number.length() - number.indexOf('.') - 1;
                    cell.setCellValue(new BigDecimal(number).movePointLeft(2).doubleValue());
                    cell.setCellStyle(styles.percent(decimals));
                } else if (body && counts[c] && INTEGER.matcher(text).matches()) {
                    cell.setCellValue(Long.parseLong(text));
                    cell.setCellStyle(styles.integer);
                } else {
                    cell.setCellValue(text);
                    cell.setCellStyle(r < headerRows ? styles.header : styles.text);
                }
                widths[c] = Math.max(widths[c], Math.min(text.length(), 60));
            }
        }
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, (Math.max(widths[c], 8) + 2) * 256);
        }
        if (headerRows > 0) {
            sheet.createFreezePane(0, headerRows);
            sheet.setAutoFilter(new CellRangeAddress(headerRows - 1, Math.max(rows.size() - 1, headerRows - 1), 0, columns - 1));
        }
    }

    /**
     * Columns that hold counts (effort in days, capability levels): every body cell a whole number or a
     * placeholder dash. A column with anything else stays text, so clause numbers ("8", "8.1") and
     * versions ("1.0") are never turned into numbers.
     */
    private static boolean[] countColumns(List<List<String>> rows, int headerRows, int columns) {
        boolean[] counts = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            boolean any = false;
            boolean all = true;
            for (int r = headerRows; r < rows.size() && all; r++) {
                String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                if (INTEGER.matcher(text).matches()) {
                    any = true;
                } else if (!PLACEHOLDER.matcher(text).matches()) {
                    all = false;
                }
            }
            counts[c] = any && all;
        }
        return counts;
    }

    private static LocalDate date(String text) {
        try {
            if (ISO_DATE.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
            // German sets write dates as 15.01.2026; the workbook still gets a real date.
            if (GERMAN_DATE.matcher(text).matches()) {
                return LocalDate.parse(text, java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy", java.util.Locale.ROOT));
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    private static void properties(XSSFWorkbook workbook, PlannedDocument document, String organization) {
        var core = workbook.getProperties().getCoreProperties();
        core.setTitle(document.title());
        core.setCreator(organization);
        core.setIdentifier(document.reference());
        LocalDate effective = document.control().effectiveDate();
        String timestamp = effective == null ? UNDATED : effective + "T00:00:00Z";
        try {
            core.setCreated(timestamp);
            core.setModified(timestamp);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cell styles of every sheet: header, text, date, whole number and percentages by their decimals. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle date;
        final CellStyle integer;
        private final XSSFWorkbook workbook;
        private final java.util.Map<Integer, CellStyle> percents = new java.util.TreeMap<>();

        CellStyle percent(int decimals) {
            return percents.computeIfAbsent(Math.min(decimals, 6), d -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(d == 0 ? "0%" : "0." + "0".repeat(d) + "%"));
                return style;
            });
        }

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            text = workbook.createCellStyle();
            text.setWrapText(true);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            integer = workbook.createCellStyle();
            integer.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0"));
        }
    }
}
