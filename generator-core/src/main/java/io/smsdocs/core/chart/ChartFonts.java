package io.smsdocs.core.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled DejaVu Sans fonts. Charts never use system fonts, so CI machines without fonts draw the same
 * glyphs. Text is measured and drawn as outlines with one fixed, device-independent render context.
 */
final class ChartFonts {

    /** The family name SVG viewers should use; the PNG uses the bundled files whatever is installed. */
    static final String SVG_FAMILY = "'DejaVu Sans', Verdana, sans-serif";

    private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);
    private static final Font REGULAR = load("DejaVuSans.ttf");
    private static final Font BOLD = load("DejaVuSans-Bold.ttf");

    private ChartFonts() {
    }

    static double width(String text, double size, boolean bold) {
        return font(size, bold).getStringBounds(text, CONTEXT).getWidth();
    }

    /** The glyph outlines of the text with its baseline starting at (x, y). */
    static Shape outline(String text, double x, double y, double size, boolean bold) {
        return font(size, bold).createGlyphVector(CONTEXT, text).getOutline((float) x, (float) y);
    }

    /** The text cut to fit the width, ending in an ellipsis when something was cut. */
    static String fit(String text, double maxWidth, double size, boolean bold) {
        if (width(text, size, bold) <= maxWidth) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(cut.strip() + "\u2026", size, bold) > maxWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "\u2026";
    }

    /**
     * The text broken at spaces into at most {@code maxLines} lines that each fit the width; only what
     * still does not fit after the last line is cut, with an ellipsis.
     */
    static java.util.List<String> wrap(String text, double maxWidth, double size, boolean bold, int maxLines) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        String line = "";
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (width(candidate, size, bold) <= maxWidth || line.isEmpty()) {
                line = candidate;
                continue;
            }
            if (lines.size() == maxLines - 1) {
                // The last line takes the rest, cut to fit.
                lines.add(fit(line + " " + String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)), maxWidth, size, bold));
                return lines;
            }
            lines.add(fit(line, maxWidth, size, bold));
            line = words[i];
        }
        lines.add(fit(line, maxWidth, size, bold));
        return lines;
    }

    private static Font font(double size, boolean bold) {
        return (bold ? BOLD : REGULAR).deriveFont((float) size);
    }

    private static Font load(String name) {
        try (InputStream in = ChartFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled font " + name);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font " + name + " is unreadable", e);
        }
    }
}
