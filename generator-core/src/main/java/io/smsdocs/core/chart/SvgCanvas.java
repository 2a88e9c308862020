package io.smsdocs.core.chart;

import java.awt.Color;
import java.util.Locale;

/** Writes SVG text with fixed number formatting, so the same chart gives the same text everywhere. */
final class SvgCanvas implements Canvas {

    private final StringBuilder svg = new StringBuilder();

    SvgCanvas(int width, int height, String title) {
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"").append(escape(ChartFonts.SVG_FAMILY)).append("\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<rect width=\"").append(width).append("\" height=\"").append(height).append("\" fill=\"")
                .append(ChartPalette.hex(ChartPalette.BACKGROUND)).append("\"/>\n");
    }

    @Override
    public void rect(double x, double y, double width, double height, Color fill) {
        svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" fill=\"").append(ChartPalette.hex(fill))
                .append("\"/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color color, double width, boolean dashed) {
        svg.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(ChartPalette.hex(color))
                .append("\" stroke-width=\"").append(n(width)).append('"')
                .append(dashed ? " stroke-dasharray=\"8 6\"" : "").append("/>\n");
    }

    @Override
    public void polygon(double[] xs, double[] ys, Color fill) {
        svg.append("<polygon points=\"");
        for (int i = 0; i < xs.length; i++) {
            svg.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        svg.append("\" fill=\"").append(ChartPalette.hex(fill)).append("\"/>\n");
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Color color, Anchor anchor,
                     double degrees) {
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
                .append('"').append(bold ? " font-weight=\"bold\"" : "")
                .append(anchor == Anchor.START ? "" : " text-anchor=\"" + (anchor == Anchor.MIDDLE ? "middle" : "end") + '"')
                .append(degrees == 0 ? "" : " transform=\"rotate(" + n(degrees) + ' ' + n(x) + ' ' + n(y) + ")\"")
                .append(" fill=\"").append(ChartPalette.hex(color)).append("\">")
                .append(escape(text)).append("</text>\n");
    }

    String finish() {
        return svg + "</svg>\n";
    }

    /** One decimal at most, no locale, no "-0": identical text on every machine. */
    static String n(double value) {
        long tenths = Math.round(value * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        return String.format(Locale.ROOT, "%s%d.%d", tenths < 0 ? "-" : "", Math.abs(tenths) / 10, Math.abs(tenths) % 10);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
