package io.smsdocs.core.chart;

import java.awt.Color;

/** The few drawing operations the charts need, so one layout writes both PNG and SVG. */
interface Canvas {

    enum Anchor { START, MIDDLE, END }

    void rect(double x, double y, double width, double height, Color fill);

    void line(double x1, double y1, double x2, double y2, Color color, double width, boolean dashed);

    void polygon(double[] xs, double[] ys, Color fill);

    /** Text with its baseline at y, rotated by degrees (negative = counter-clockwise) around (x, y). */
    void text(String text, double x, double y, double size, boolean bold, Color color, Anchor anchor, double degrees);

    default void text(String text, double x, double y, double size, boolean bold, Color color, Anchor anchor) {
        text(text, x, y, size, bold, color, anchor, 0);
    }
}
