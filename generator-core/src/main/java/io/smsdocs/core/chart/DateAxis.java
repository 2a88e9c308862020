package io.smsdocs.core.chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Maps dates to x positions over whole months and draws month and year labels that never overlap. */
final class DateAxis {

    private static final String[] MONTHS =
            {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final int[] STEPS = {1, 2, 3, 6, 12};
    static final double LABEL_SIZE = 22;

    private final LocalDate first;
    private final LocalDate endExclusive;
    private final double x0;
    private final double pxPerDay;

    /** The axis runs from the first of start's month to the end of last's month. */
    DateAxis(LocalDate start, LocalDate last, double x0, double x1) {
        this.first = start.withDayOfMonth(1);
        this.endExclusive = last.withDayOfMonth(1).plusMonths(1);
        this.x0 = x0;
        this.pxPerDay = (x1 - x0) / ChronoUnit.DAYS.between(first, endExclusive);
    }

    /** Whether the date lies within the axis's months. */
    boolean contains(LocalDate date) {
        return !date.isBefore(first) && date.isBefore(endExclusive);
    }

    double x(LocalDate date) {
        return x0 + ChronoUnit.DAYS.between(first, date) * pxPerDay;
    }

    /** Grid lines at month starts, down through the rows. */
    void drawGrid(Canvas canvas, double top, double bottom) {
        for (LocalDate month = first; !month.isAfter(endExclusive); month = month.plusMonths(1)) {
            boolean year = month.getMonthValue() == 1;
            canvas.line(x(month), top, x(month), bottom, year ? ChartPalette.AXIS : ChartPalette.GRID, year ? 2 : 1, false);
        }
    }

    /** Month labels centred in their month, every step months so they fit; year labels under them. */
    void drawLabels(Canvas canvas, double monthBaseline, double yearBaseline) {
        int step = step();
        int index = 0;
        double lastYearEnd = Double.NEGATIVE_INFINITY;
        for (LocalDate month = first; month.isBefore(endExclusive); month = month.plusMonths(1), index++) {
            double middle = (x(month) + x(month.plusMonths(1))) / 2;
            if (index % step == 0) {
                canvas.text(ChartLabels.get("chart.month." + month.getMonthValue(), MONTHS[month.getMonthValue() - 1]), middle, monthBaseline, LABEL_SIZE, false,
                        ChartPalette.TEXT, Canvas.Anchor.MIDDLE);
            }
            boolean labelYear = month.getMonthValue() == 1 || month.equals(first);
            String year = Integer.toString(month.getYear());
            double yearWidth = ChartFonts.width(year, LABEL_SIZE, true);
            double nextJanuary = x(month.withMonth(1).plusYears(1));
            // The first month's year is skipped when the next January's label would run into it.
            if (labelYear && (month.getMonthValue() == 1 || x(month) + yearWidth + 16 < nextJanuary)
                    && x(month) > lastYearEnd) {
                canvas.text(year, x(month) + 4, yearBaseline, LABEL_SIZE, true, ChartPalette.TEXT, Canvas.Anchor.START);
                lastYearEnd = x(month) + 4 + yearWidth;
            }
        }
    }

    private int step() {
        double widest = 0;
        for (String m : MONTHS) {
            widest = Math.max(widest, ChartFonts.width(m, LABEL_SIZE, false));
        }
        double narrowestMonth = 28 * pxPerDay;
        for (int step : STEPS) {
            if (step * narrowestMonth >= widest + 12) {
                return step;
            }
        }
        return 12;
    }
}
