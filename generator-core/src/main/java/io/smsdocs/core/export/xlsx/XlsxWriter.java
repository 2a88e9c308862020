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
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One sheet per table of a document body, named after the section it is in: a bold, shaded header row
 * that stays in view, an autofilter, column widths from the content, and ISO dates as real dates.
 * Bytes are reproducible: core properties come from the document, zip entries get a fixed order and time.
 */
public final class XlsxWriter {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern GERMAN_DATE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4}");
    private static final String UNDATED = "2000-01-01T00:00:00Z";

    private XlsxWriter() {
    }

    /** The workbook, or null when the document has no table in its body. */
    public static byte[] write(RenderedDocument rendered, String organization) {
        List<NamedTable> tables = tables(MarkdownText.parse(rendered.markdown()));
        if (tables.isEmpty()) {
            return null;
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Set<String> used = new HashSet<>();
            for (NamedTable table : tables) {
                sheet(workbook.createSheet(uniqueName(table.name(), used)), table.block(), styles);
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

    private static void sheet(XSSFSheet sheet, TableBlock table, Styles styles) {
        List<List<String>> rows = new ArrayList<>();
        int headerRows = 0;
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
                    headerRows += section instanceof TableHead ? 1 : 0;
                }
            }
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        int[] widths = new int[columns];
        for (int r = 0; r < rows.size(); r++) {
            XSSFRow row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                String text = rows.get(r).get(c);
                XSSFCell cell = row.createCell(c);
                LocalDate date = r >= headerRows ? date(text) : null;
                if (date != null) {
                    cell.setCellValue(date);
                    cell.setCellStyle(styles.date);
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

    /** Sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
    private static String uniqueName(String heading, Set<String> used) {
        // "Phase 1: foundation" becomes "Phase 1 foundation", not the double space of the replaced colon.
        String base = WorkbookUtil.createSafeSheetName(heading.isBlank() ? "Table" : heading.replace(":", ""))
                .replaceAll("\\s+", " ").strip();
        if (base.length() > 28) {
            int space = base.lastIndexOf(' ', 28);
            base = base.substring(0, space > 10 ? space : 28).strip();
        }
        String name = base;
        for (int i = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            name = base + " " + i;
        }
        return name;
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

    /** The three cell styles of every sheet. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle date;

        Styles(XSSFWorkbook workbook) {
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
        }
    }
}
