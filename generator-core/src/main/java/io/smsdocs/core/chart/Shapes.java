package io.smsdocs.core.chart;

import java.awt.Color;

/** Small shapes shared by the charts. */
final class Shapes {

    private Shapes() {
    }

    /** A diamond centred on (x, y) with the given half-diagonal. */
    static void diamond(Canvas canvas, double x, double y, double radius, Color color) {
        canvas.polygon(new double[] {x, x + radius, x, x - radius}, new double[] {y - radius, y, y + radius, y}, color);
    }
}
