package io.smsdocs.core.chart;

import io.smsdocs.core.standard.Stage;

import java.awt.Color;

/**
 * One palette for every chart, from the Okabe-Ito colour-blind-safe set, so a colour means the same thing
 * in the Gantt chart and the capability chart.
 */
public final class ChartPalette {

    public static final Color INITIATION = new Color(0x56B4E9);
    public static final Color PHASE_1 = new Color(0x0072B2);
    public static final Color PHASE_2 = new Color(0xE69F00);
    public static final Color PHASE_3 = new Color(0x009E73);
    public static final Color POST_IMPLEMENTATION = new Color(0xCC79A7);
    public static final Color MILESTONE = new Color(0xD55E00);
    /** Capability: where the process is now (the phase 1 blue) and where it should be (the phase 2 orange). */
    public static final Color CURRENT = PHASE_1;
    public static final Color TARGET = PHASE_2;

    /** The line at the status date: a dark red that none of the stage colours is. */
    static final Color STATUS_DATE = new Color(0xB0003A);
    static final Color BACKGROUND = Color.WHITE;
    static final Color TEXT = new Color(0x222222);
    static final Color MUTED_TEXT = new Color(0x555555);
    static final Color AXIS = new Color(0x555555);
    static final Color GRID = new Color(0xDDDDDD);
    static final Color ROW_STRIPE = new Color(0xF4F4F4);

    private ChartPalette() {
    }

    public static Color of(Stage stage) {
        return switch (stage) {
            case INITIATION -> INITIATION;
            case PHASE_1 -> PHASE_1;
            case PHASE_2 -> PHASE_2;
            case PHASE_3 -> PHASE_3;
            case POST_IMPLEMENTATION -> POST_IMPLEMENTATION;
        };
    }

    /** The same hue mixed half with white: activities shortened by the gap results. */
    public static Color light(Color color) {
        return new Color((color.getRed() + 255) / 2, (color.getGreen() + 255) / 2, (color.getBlue() + 255) / 2);
    }

    /** "#0072b2", for SVG. */
    static String hex(Color color) {
        return String.format(java.util.Locale.ROOT, "#%06x", color.getRGB() & 0xFFFFFF);
    }
}
