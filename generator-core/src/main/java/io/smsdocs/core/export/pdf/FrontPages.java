package io.smsdocs.core.export.pdf;

import io.smsdocs.core.export.docx.ImageLoader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The first pages of the set's PDF: a cover (logo, organisation, what the set is, how many documents in which
 * status, the effective date) and the list of documents with their id, title, version, status and the page they
 * start on. Laid out once to count the list's pages (the documents' page numbers depend on it), then drawn.
 */
final class FrontPages {

    /** A row of the list. @param firstPage the page the document starts on in the set's PDF, counting from 1 */
    record Entry(String id, String reference, String title, String version, String status, int firstPage) {
    }

    /** What the cover says. @param logo the organisation's logo, or null; @param effectiveDate or null */
    record Cover(String organization, ImageLoader.Picture logo, String edition, List<String> statusCounts,
                 int documents, String effectiveDate) {
    }

    /** Where a row was drawn, to link it to the document's first page once the documents are in the file. */
    record Row(String id, PDPage page, PDRectangle area) {
    }

    private static final float MARGIN = 56.7f;
    private static final float TOP = 64f;
    private static final float BOTTOM = 64f;
    private static final float SIZE = 8.5f;
    private static final float LEADING = 11f;
    private static final float PADDING = 3.5f;
    private static final float HEADING = 16f;
    // The colours of the built-in Word style (DocxStyles): headings, the header row's fill, table borders.
    private static final float[] ACCENT = rgb(0x1F4E79);
    private static final float[] HEADER_FILL = rgb(0xDCE6F1);
    private static final float[] BORDER = rgb(0x9BB1C8);
    private static final float[] TEXT = rgb(0x1A1A1A);
    private static final float[] MUTED = rgb(0x595959);

    private final PdfLabels labels;
    private final PdfFonts fonts;
    private final PDRectangle pageSize;
    private final float[] columns;

    FrontPages(PdfLabels labels, PdfFonts fonts, PDRectangle pageSize, List<Entry> entries) {
        this.labels = labels;
        this.fonts = fonts;
        this.pageSize = pageSize;
        this.columns = columnWidths(entries);
    }

    /** How many pages the list takes; the page numbers of the entries do not change it. */
    int listPages(List<Entry> entries) {
        return paginate(entries).size();
    }

    void drawCover(PDDocument set, Cover cover) {
        PDPage page = new PDPage(pageSize);
        set.addPage(page);
        float width = pageSize.getWidth() - 2 * MARGIN;
        try (PDPageContentStream out = new PDPageContentStream(set, page)) {
            float y = pageSize.getHeight() - TOP;
            if (cover.logo() != null) {
                y = drawLogo(set, out, cover.logo(), y);
            }
            y = Math.min(y, pageSize.getHeight() * 0.62f);
            y = paragraph(out, fonts.bold(), 24, 30, cover.organization(), y, width, ACCENT);
            y -= 10;
            y = paragraph(out, fonts.regular(), 18, 24, labels.setTitle(), y, width, TEXT);
            y = paragraph(out, fonts.regular(), 11.5f, 16, PdfLabels.with(labels.setSubtitle(), cover.edition()), y, width, MUTED);
            y -= 14;
            out.setStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
            out.setLineWidth(1f);
            out.moveTo(MARGIN, y);
            out.lineTo(MARGIN + width, y);
            out.stroke();
            y -= 22;
            String counts = PdfLabels.with(labels.documentCount(), cover.documents())
                    + (cover.statusCounts().isEmpty() ? "" : ": " + String.join(", ", cover.statusCounts()));
            y = paragraph(out, fonts.regular(), 11, 15, counts, y, width, TEXT);
            if (cover.effectiveDate() != null) {
                paragraph(out, fonts.regular(), 11, 15, labels.effectiveDate() + ": " + cover.effectiveDate(), y, width, TEXT);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws the list and returns where each row is, for its link. */
    List<Row> drawList(PDDocument set, List<Entry> entries) {
        List<Row> rows = new ArrayList<>();
        boolean first = true;
        for (List<Layout> rowsOfPage : paginate(entries)) {
            PDPage page = new PDPage(pageSize);
            set.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(set, page)) {
                float y = pageSize.getHeight() - TOP;
                if (first) {
                    y = paragraph(out, fonts.bold(), HEADING, HEADING * 1.3f, labels.documentList(), y, pageSize.getWidth() - 2 * MARGIN, ACCENT);
                    y -= 8;
                    first = false;
                }
                y = drawRow(out, header(), y, true);
                for (Layout row : rowsOfPage) {
                    float top = y;
                    y = drawRow(out, row, y, false);
                    rows.add(new Row(row.entry().id(), page, new PDRectangle(MARGIN, y, pageSize.getWidth() - 2 * MARGIN, top - y)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rows;
    }

    /** A row laid out: the entry and each cell's lines. */
    private record Layout(Entry entry, List<List<String>> cells) {
        float height() {
            return cells.stream().mapToInt(List::size).max().orElse(1) * LEADING + 2 * PADDING;
        }
    }

    private List<List<Layout>> paginate(List<Entry> entries) {
        List<List<Layout>> pages = new ArrayList<>();
        List<Layout> page = new ArrayList<>();
        float headerHeight = header().height();
        float available = pageSize.getHeight() - TOP - BOTTOM - HEADING * 1.3f - 8 - headerHeight;
        float used = 0;
        for (Entry entry : entries) {
            Layout row = layout(entry);
            if (!page.isEmpty() && used + row.height() > available) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
                available = pageSize.getHeight() - TOP - BOTTOM - headerHeight;
            }
            page.add(row);
            used += row.height();
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    private Layout header() {
        return layout(new Entry("", labels.documentId(), labels.title(), labels.version(), labels.status(), 0), fonts.bold(),
                labels.page());
    }

    private Layout layout(Entry entry) {
        return layout(entry, fonts.regular(), String.valueOf(entry.firstPage()));
    }

    private Layout layout(Entry entry, PDType0Font font, String page) {
        String[] texts = {entry.reference(), entry.title(), entry.version(), entry.status(), page};
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            cells.add(TextLines.wrap(font, SIZE, texts[i], columns[i] - 2 * PADDING));
        }
        return new Layout(entry, cells);
    }

    private float drawRow(PDPageContentStream out, Layout row, float top, boolean header) throws IOException {
        float height = row.height();
        float width = pageSize.getWidth() - 2 * MARGIN;
        if (header) {
            out.setNonStrokingColor(HEADER_FILL[0], HEADER_FILL[1], HEADER_FILL[2]);
            out.addRect(MARGIN, top - height, width, height);
            out.fill();
        }
        PDType0Font font = header ? fonts.bold() : fonts.regular();
        out.setNonStrokingColor(TEXT[0], TEXT[1], TEXT[2]);
        float x = MARGIN;
        for (int i = 0; i < columns.length; i++) {
            float y = top - PADDING - SIZE;
            for (String line : row.cells().get(i)) {
                float left = i == columns.length - 1 ? x + columns[i] - PADDING - PdfFonts.width(font, line, SIZE) : x + PADDING;
                out.beginText();
                out.setFont(font, SIZE);
                out.newLineAtOffset(left, y);
                out.showText(line);
                out.endText();
                y -= LEADING;
            }
            x += columns[i];
        }
        out.setStrokingColor(BORDER[0], BORDER[1], BORDER[2]);
        out.setLineWidth(0.5f);
        out.moveTo(MARGIN, top - height);
        out.lineTo(MARGIN + width, top - height);
        out.stroke();
        return top - height;
    }

    /** Id, version, status and page as wide as their widest text (within limits); the title takes the rest. */
    private float[] columnWidths(List<Entry> entries) {
        float width = pageSize.getWidth() - 2 * MARGIN;
        float id = widest(labels.documentId(), entries.stream().map(Entry::reference).toList(), width * 0.3f);
        float version = widest(labels.version(), entries.stream().map(Entry::version).toList(), width * 0.12f);
        float status = widest(labels.status(), entries.stream().map(Entry::status).toList(), width * 0.2f);
        float page = widest(labels.page(), List.of("9999"), width * 0.1f);
        return new float[] {id, width - id - version - status - page, version, status, page};
    }

    private float widest(String heading, List<String> values, float limit) {
        float widest = PdfFonts.width(fonts.bold(), PdfFonts.printable(fonts.bold(), heading), SIZE);
        for (String value : values) {
            widest = Math.max(widest, PdfFonts.width(fonts.regular(), PdfFonts.printable(fonts.regular(), value), SIZE));
        }
        return Math.min(limit, widest + 2 * PADDING + 1);
    }

    private float drawLogo(PDDocument set, PDPageContentStream out, ImageLoader.Picture logo, float y) throws IOException {
        PDImageXObject image;
        try {
            image = PDImageXObject.createFromByteArray(set, logo.bytes(), "logo." + logo.extension());
        } catch (IOException | IllegalArgumentException e) {
            return y;
        }
        float scale = Math.min(160f / image.getWidth(), 64f / image.getHeight());
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        out.drawImage(image, MARGIN, y - height, width, height);
        return y - height - 24;
    }

    /** Draws a wrapped paragraph from the baseline of its first line; returns the baseline after it. */
    private float paragraph(PDPageContentStream out, PDType0Font font, float size, float leading, String text, float y,
                            float width, float[] colour) throws IOException {
        out.setNonStrokingColor(colour[0], colour[1], colour[2]);
        for (String line : TextLines.wrap(font, size, text, width)) {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(MARGIN, y - size);
            out.showText(line);
            out.endText();
            y -= leading;
        }
        return y;
    }

    private static float[] rgb(int hex) {
        return new float[] {(hex >> 16 & 0xff) / 255f, (hex >> 8 & 0xff) / 255f, (hex & 0xff) / 255f};
    }
}
