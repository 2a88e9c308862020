package io.smsdocs.core.chart;

import io.smsdocs.core.programme.ImplementationPlan;
import io.smsdocs.core.programme.Milestone;
import io.smsdocs.core.programme.ScheduledActivity;
import io.smsdocs.core.standard.Stage;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Gantt chart of the scheduled activities: bars coloured by stage, milestones as diamonds, a dated axis and
 * a legend. 1800 px wide with text of at least 22 px, so it stays legible embedded 16 cm wide in a document.
 */
public final class GanttChart {

    public static final int WIDTH = 1400;

    private static final double MARGIN = 30;
    private static final double TITLE_SIZE = 34;
    private static final double TEXT_SIZE = 24;
    private static final double SMALL_SIZE = 22;
    private static final double WRAPPED_SIZE = 17;
    private static final double ROW = 40;
    private static final double BAR = 26;
    private static final double CHART_TOP = 130;
    private static final double LABEL_COLUMN = 820;
    private static final double ID_GAP = 14;

    private GanttChart() {
    }

    /** @param labels the chart's words in the set's language (chart.*, stage.*); English where a key is missing */
    public static byte[] png(ImplementationPlan plan, java.util.Map<String, String> labels) {
        return ChartLabels.with(labels, () -> png(plan));
    }

    public static String svg(ImplementationPlan plan, java.util.Map<String, String> labels) {
        return ChartLabels.with(labels, () -> svg(plan));
    }

    /**
     * The chart with a line at the status date (chart.statusDate labels it), for a status view such as the site's
     * dashboard; the documents' chart has none, since a document does not depend on the day it is read. No line
     * is drawn when the date lies outside the chart's months.
     */
    public static String svg(ImplementationPlan plan, java.util.Map<String, String> labels, LocalDate statusDate) {
        return ChartLabels.with(labels, () -> {
            Layout layout = new Layout(plan);
            SvgCanvas canvas = new SvgCanvas(WIDTH, layout.height(), ChartLabels.get("chart.plan", "Implementation plan"));
            draw(canvas, layout);
            drawStatusDate(canvas, layout, statusDate);
            return canvas.finish();
        });
    }

    public static byte[] png(ImplementationPlan plan) {
        Layout layout = new Layout(plan);
        RasterCanvas canvas = new RasterCanvas(WIDTH, layout.height());
        draw(canvas, layout);
        return canvas.png();
    }

    public static String svg(ImplementationPlan plan) {
        Layout layout = new Layout(plan);
        SvgCanvas canvas = new SvgCanvas(WIDTH, layout.height(), ChartLabels.get("chart.plan", "Implementation plan"));
        draw(canvas, layout);
        return canvas.finish();
    }

    /** Whether the status date lies within the chart's months, so that a line can mark it. */
    public static boolean shows(ImplementationPlan plan, LocalDate statusDate) {
        return statusDate != null && new Layout(plan).axis().contains(statusDate);
    }

    private static void drawStatusDate(Canvas canvas, Layout layout, LocalDate date) {
        if (date == null || !layout.axis().contains(date)) {
            return;
        }
        double x = layout.axis().x(date);
        canvas.line(x, CHART_TOP - 6, x, layout.chartBottom(), ChartPalette.STATUS_DATE, 3, false);
        String label = ChartLabels.get("chart.statusDate", "Status date {0}").replace("{0}", ChartLabels.date(date));
        double width = ChartFonts.width(label, SMALL_SIZE, true);
        // Right of the line unless it would run off the chart, then left of it.
        boolean fitsRight = x + 8 + width < WIDTH - MARGIN;
        canvas.text(label, fitsRight ? x + 8 : x - 8, CHART_TOP - 10, SMALL_SIZE, true, ChartPalette.STATUS_DATE,
                fitsRight ? Canvas.Anchor.START : Canvas.Anchor.END);
    }

    /** Positions shared by the PNG and the SVG. */
    private record Layout(ImplementationPlan plan, List<ScheduledActivity> rows, DateAxis axis, double chartBottom,
                          double idWidth, Legend legend) {

        Layout(ImplementationPlan plan) {
            this(plan, rowsOf(plan), axisOf(plan), CHART_TOP + (plan.scheduled().size() + plan.milestones().size()) * ROW,
                    idWidthOf(plan), buildLegend());
        }

        int height() {
            return (int) Math.ceil(legendTop() + legend.height(WIDTH - 2 * MARGIN) + MARGIN);
        }

        double legendTop() {
            return chartBottom + 130;
        }

        double timelineLeft() {
            return MARGIN + LABEL_COLUMN;
        }

        private static List<ScheduledActivity> rowsOf(ImplementationPlan plan) {
            List<ScheduledActivity> scheduled = plan.scheduled();
            // Group by stage, then read like a staircase; scheduling order breaks ties.
            return scheduled.stream()
                    .sorted(Comparator.comparing(ScheduledActivity::stage)
                            .thenComparing(ScheduledActivity::start)
                            .thenComparing(scheduled::indexOf))
                    .toList();
        }

        private static DateAxis axisOf(ImplementationPlan plan) {
            LocalDate last = plan.end();
            for (Milestone m : plan.milestones()) {
                last = m.date().isAfter(last) ? m.date() : last;
            }
            LocalDate first = plan.start();
            for (Milestone m : plan.milestones()) {
                first = m.date().isBefore(first) ? m.date() : first;
            }
            return new DateAxis(first, last, MARGIN + LABEL_COLUMN + 10, WIDTH - MARGIN - 10);
        }

        private static double idWidthOf(ImplementationPlan plan) {
            return plan.scheduled().stream().mapToDouble(a -> ChartFonts.width(a.id(), TEXT_SIZE, true)).max().orElse(0);
        }

        private static Legend buildLegend() {
            Legend legend = new Legend();
            for (Stage stage : Stage.values()) {
                legend.add(Legend.Symbol.BOX, ChartPalette.of(stage), ChartLabels.get("stage." + stage.key(), stage.title()));
            }
            legend.add(Legend.Symbol.BOX, ChartPalette.light(ChartPalette.PHASE_2), ChartLabels.get("chart.shortened", "Lighter: shortened, clauses partly in place"));
            legend.add(Legend.Symbol.DIAMOND, ChartPalette.MILESTONE, ChartLabels.get("chart.milestone", "Milestone"));
            return legend;
        }
    }

    private static void draw(Canvas canvas, Layout layout) {
        ImplementationPlan plan = layout.plan();
        canvas.text(ChartLabels.get("chart.plan", "Implementation plan"), MARGIN, MARGIN + TITLE_SIZE, TITLE_SIZE, true, ChartPalette.TEXT,
                Canvas.Anchor.START);
        canvas.text("ISO/IEC 20000-1:" + plan.edition() + " \u00b7 " + ChartLabels.get("chart.span", "{0} to {1} \u00b7 {2} activities on working days (Monday to Friday)")
                        .replace("{0}", ChartLabels.date(plan.start())).replace("{1}", ChartLabels.date(plan.end()))
                        .replace("{2}", String.valueOf(plan.scheduled().size())),
                MARGIN, MARGIN + TITLE_SIZE + 38, SMALL_SIZE, false, ChartPalette.MUTED_TEXT, Canvas.Anchor.START);
        drawRowStripes(canvas, layout);
        layout.axis().drawGrid(canvas, CHART_TOP, layout.chartBottom());
        drawActivities(canvas, layout);
        drawMilestones(canvas, layout);
        drawAxis(canvas, layout);
        layout.legend().draw(canvas, MARGIN, layout.legendTop(), WIDTH - 2 * MARGIN);
    }

    private static void drawRowStripes(Canvas canvas, Layout layout) {
        int rows = layout.rows().size() + layout.plan().milestones().size();
        for (int i = 0; i < rows; i += 2) {
            canvas.rect(MARGIN, CHART_TOP + i * ROW, WIDTH - 2 * MARGIN, ROW, ChartPalette.ROW_STRIPE);
        }
    }

    private static void drawActivities(Canvas canvas, Layout layout) {
        double titleX = MARGIN + layout.idWidth() + ID_GAP;
        double titleWidth = layout.timelineLeft() - titleX - 12;
        for (int i = 0; i < layout.rows().size(); i++) {
            ScheduledActivity activity = layout.rows().get(i);
            double top = CHART_TOP + i * ROW;
            double baseline = top + ROW / 2 + TEXT_SIZE * 0.36;
            canvas.text(activity.id(), MARGIN + 4, baseline, TEXT_SIZE, true, ChartPalette.TEXT, Canvas.Anchor.START);
            double oneLine = oneLineSize(activity.title(), titleWidth);
            if (oneLine > 0) {
                canvas.text(activity.title(), titleX, top + ROW / 2 + oneLine * 0.36, oneLine, false, ChartPalette.TEXT, Canvas.Anchor.START);
            } else {
                // A long title (German compounds) wraps onto two smaller lines in its row instead of being cut.
                List<String> lines = ChartFonts.wrap(activity.title(), titleWidth, WRAPPED_SIZE, false, 2);
                double first = lines.size() == 1 ? baseline : top + ROW / 2 - 2;
                for (int l = 0; l < lines.size(); l++) {
                    canvas.text(lines.get(l), titleX, first + l * (WRAPPED_SIZE + 1), WRAPPED_SIZE, false, ChartPalette.TEXT, Canvas.Anchor.START);
                }
            }
            double x = layout.axis().x(activity.start());
            double width = Math.max(4, layout.axis().x(activity.end().plusDays(1)) - x);
            canvas.rect(x, top + (ROW - BAR) / 2, width, BAR, activity.shortened()
                    ? ChartPalette.light(ChartPalette.of(activity.stage())) : ChartPalette.of(activity.stage()));
        }
    }

    /** The largest of the row's text sizes, a little smaller ones included, at which the title fits one line; 0 if none. */
    private static double oneLineSize(String title, double width) {
        for (double size : new double[] {TEXT_SIZE, TEXT_SIZE - 2, TEXT_SIZE - 4}) {
            if (ChartFonts.width(title, size, false) <= width) {
                return size;
            }
        }
        return 0;
    }

    private static void drawMilestones(Canvas canvas, Layout layout) {
        int firstRowIndex = layout.rows().size();
        List<Milestone> milestones = layout.plan().milestones();
        // Lines first, so that no later milestone's line runs through an earlier one's date.
        for (int i = 0; i < milestones.size(); i++) {
            double x = layout.axis().x(milestones.get(i).date()) + 1;
            canvas.line(x, CHART_TOP, x, rowMiddle(firstRowIndex + i), ChartPalette.MILESTONE, 2, true);
        }
        for (int i = 0; i < milestones.size(); i++) {
            Milestone milestone = milestones.get(i);
            double x = layout.axis().x(milestone.date()) + 1;
            double middle = rowMiddle(firstRowIndex + i);
            Shapes.diamond(canvas, x, middle, 13, ChartPalette.MILESTONE);
            canvas.text(milestone.title(), MARGIN + 4, middle + TEXT_SIZE * 0.36, TEXT_SIZE, true,
                    ChartPalette.MILESTONE, Canvas.Anchor.START);
            String date = ChartLabels.date(milestone.date());
            double width = ChartFonts.width(date, SMALL_SIZE, false);
            // The date goes right of the diamond unless it would run off the chart.
            boolean fitsRight = x + 22 + width < WIDTH - MARGIN;
            double left = fitsRight ? x + 18 : x - 22 - width - 4;
            canvas.rect(left, middle - ROW / 2 + 4, width + 8, ROW - 8, rowBackground(firstRowIndex + i));
            canvas.text(date, left + 4, middle + SMALL_SIZE * 0.36, SMALL_SIZE, false, ChartPalette.TEXT,
                    Canvas.Anchor.START);
        }
    }

    private static double rowMiddle(int row) {
        return CHART_TOP + row * ROW + ROW / 2;
    }

    private static java.awt.Color rowBackground(int row) {
        return row % 2 == 0 ? ChartPalette.ROW_STRIPE : ChartPalette.BACKGROUND;
    }

    private static void drawAxis(Canvas canvas, Layout layout) {
        double bottom = layout.chartBottom();
        canvas.line(layout.timelineLeft(), bottom, WIDTH - MARGIN, bottom, ChartPalette.AXIS, 2, false);
        layout.axis().drawLabels(canvas, bottom + 30, bottom + 60);
        // Right-aligned with the timeline: centred under a narrow timeline, the title would run off the picture.
        canvas.text(ChartLabels.get("chart.months", "Calendar month (bars span working days)"), WIDTH - MARGIN, bottom + 100, TEXT_SIZE, true,
                ChartPalette.TEXT, Canvas.Anchor.END);
    }
}
