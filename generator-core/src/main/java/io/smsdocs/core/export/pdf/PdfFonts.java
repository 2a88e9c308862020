package io.smsdocs.core.export.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font of what the PDF export draws itself (the marking, the cover, the list of documents): the DejaVu Sans
 * the charts bundle, embedded as a subset, so every machine draws the same glyphs and the bytes do not depend on
 * the fonts installed.
 */
final class PdfFonts {

    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

    private final PDDocument document;
    private PDType0Font regular;
    private PDType0Font bold;

    PdfFonts(PDDocument document) {
        this.document = document;
    }

    PDType0Font regular() {
        if (regular == null) {
            regular = load(REGULAR);
        }
        return regular;
    }

    PDType0Font bold() {
        if (bold == null) {
            bold = load(BOLD);
        }
        return bold;
    }

    /** The width of the text in points at the size. */
    static float width(PDType0Font font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every character the font cannot draw replaced by '?': a name in another script still prints. */
    static String printable(PDType0Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String character = Character.isWhitespace(c) ? " " : new String(Character.toChars(c));
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private PDType0Font load(byte[] bytes) {
        try {
            return PDType0Font.load(document, new ByteArrayInputStream(bytes), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/io/smsdocs/core/chart/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the generator's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
