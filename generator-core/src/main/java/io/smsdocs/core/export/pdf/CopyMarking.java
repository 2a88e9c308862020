package io.smsdocs.core.export.pdf;

import io.smsdocs.core.plan.ControlData;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What marks a PDF copy on every page: an approved document carries the issued-copy line ("Issued copy — uncontrolled
 * when printed") in small grey type below its footer; any other one its status ("DRAFT", "ENTWURF") across the page,
 * light and translucent, over the text so a shaded table does not hide it. Drawn on the PDF, not into the Word
 * document, so the copy's pages are exactly the pages of the DOCX it was made from.
 *
 * @param line      the issued-copy line, or null
 * @param watermark the status across the page, or null
 */
record CopyMarking(String line, String watermark) {

    /** Baseline of the issued-copy line above the bottom edge, in points: below the footer, inside printable margins. */
    private static final float LINE_BASELINE = 16f;
    private static final float LINE_SIZE = 7.5f;
    private static final float WATERMARK_ALPHA = 0.16f;

    /** The issued-copy line for an approved document, its status as a watermark for a draft or any other status. */
    static CopyMarking of(ControlData control, PdfLabels labels) {
        boolean draft = control.draft() || control.status().equalsIgnoreCase(labels.draftStatus());
        return draft ? new CopyMarking(null, control.status().toUpperCase(labels.locale())) : new CopyMarking(labels.issuedCopy(), null);
    }

    static CopyMarking issued(PdfLabels labels) {
        return new CopyMarking(labels.issuedCopy(), null);
    }

    void apply(PDDocument document, PdfFonts fonts) {
        for (PDPage page : document.getPages()) {
            apply(document, page, fonts);
        }
    }

    void apply(PDDocument document, PDPage page, PdfFonts fonts) {
        PDRectangle box = page.getCropBox();
        try (PDPageContentStream out = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            if (line != null) {
                PDType0Font font = fonts.regular();
                String text = PdfFonts.printable(font, line);
                float width = PdfFonts.width(font, text, LINE_SIZE);
                out.beginText();
                out.setNonStrokingColor(0.35f, 0.35f, 0.35f);
                out.setFont(font, LINE_SIZE);
                out.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - width) / 2, box.getLowerLeftY() + LINE_BASELINE);
                out.showText(text);
                out.endText();
            }
            if (watermark != null) {
                drawWatermark(out, box, fonts.bold());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status along the page's diagonal, as wide as about two thirds of it. */
    private void drawWatermark(PDPageContentStream out, PDRectangle box, PDType0Font font) throws IOException {
        String text = PdfFonts.printable(font, watermark);
        double angle = Math.atan2(box.getHeight(), box.getWidth());
        double diagonal = Math.hypot(box.getWidth(), box.getHeight());
        float size = (float) Math.min(140, 0.62 * diagonal / Math.max(1e-3, PdfFonts.width(font, text, 1)));
        float width = PdfFonts.width(font, text, size);
        float capHeight = font.getFontDescriptor().getCapHeight() / 1000f * size;
        PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
        translucent.setNonStrokingAlphaConstant(WATERMARK_ALPHA);
        out.saveGraphicsState();
        out.setGraphicsStateParameters(translucent);
        out.setNonStrokingColor(0.55f, 0.55f, 0.55f);
        out.beginText();
        out.setFont(font, size);
        Matrix matrix = Matrix.getRotateInstance(angle, box.getLowerLeftX() + box.getWidth() / 2, box.getLowerLeftY() + box.getHeight() / 2);
        matrix.translate(-width / 2, -capHeight / 2);
        out.setTextMatrix(matrix);
        out.showText(text);
        out.endText();
        out.restoreGraphicsState();
    }
}
