package io.smsdocs.core.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** A legend laid out left to right, wrapping onto new lines when the width runs out. */
final class Legend {

    enum Symbol { BOX, DIAMOND }

    record Item(Symbol symbol, Color color, String label) {
    }

    static final double TEXT_SIZE = 22;
    private static final double LINE = 38;
    private static final double SWATCH = 26;
    private static final double GAP = 36;

    private final List<Item> items = new ArrayList<>();

    Legend add(Symbol symbol, Color color, String label) {
        items.add(new Item(symbol, color, label));
        return this;
    }

    /** The height the legend takes when drawn within the width. */
    double height(double width) {
        return lines(width).size() * LINE;
    }

    void draw(Canvas canvas, double x, double y, double width) {
        double lineY = y;
        for (List<Item> line : lines(width)) {
            double itemX = x;
            for (Item item : line) {
                double middle = lineY + LINE / 2;
                if (item.symbol() == Symbol.BOX) {
                    canvas.rect(itemX, middle - SWATCH / 2, SWATCH, SWATCH, item.color());
                } else {
                    Shapes.diamond(canvas, itemX + SWATCH / 2, middle, SWATCH / 2 + 2, item.color());
                }
                canvas.text(item.label(), itemX + SWATCH + 10, middle + TEXT_SIZE * 0.36, TEXT_SIZE, false,
                        ChartPalette.TEXT, Canvas.Anchor.START);
                itemX += itemWidth(item) + GAP;
            }
            lineY += LINE;
        }
    }

    private List<List<Item>> lines(double width) {
        List<List<Item>> lines = new ArrayList<>();
        List<Item> line = new ArrayList<>();
        double used = 0;
        for (Item item : items) {
            double w = itemWidth(item);
            if (!line.isEmpty() && used + w > width) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
            }
            line.add(item);
            used += w + GAP;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static double itemWidth(Item item) {
        return SWATCH + 10 + ChartFonts.width(item.label(), TEXT_SIZE, false);
    }
}
