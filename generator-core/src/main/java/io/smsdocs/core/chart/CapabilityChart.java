package io.smsdocs.core.chart;

import io.smsdocs.core.programme.CapabilityLevel;
import io.smsdocs.core.programme.CapabilityProfile;
import io.smsdocs.core.programme.ProcessCapability;

import java.util.List;

/**
 * Bar chart of current against target capability level per process, on a 0-5 axis labelled with the
 * ISO/IEC 33020 level names. Current is the rated level where ratings exist, else the declared one.
 */
public final class CapabilityChart {

    public static final int WIDTH = 1400;
    public static final int HEIGHT = 1000;

    private static final double MARGIN = 30;
    private static final double TITLE_SIZE = 34;
    private static final double TEXT_SIZE = 24;
    private static final double SMALL_SIZE = 22;
    private static final double PLOT_TOP = 170;
    private static final double PLOT_LEFT = MARGIN + 60 + 230;
    private static final double PLOT_RIGHT = WIDTH - MARGIN;
    private static final double LABEL_ANGLE = -35;

    private CapabilityChart() {
    }

    /** @param labels the chart's words in the set's language (chart.*, level.*); English where a key is missing */
    public static byte[] png(CapabilityProfile profile, java.util.Map<String, String> labels) {
        return ChartLabels.with(labels, () -> png(profile));
    }

    public static String svg(CapabilityProfile profile, java.util.Map<String, String> labels) {
        return ChartLabels.with(labels, () -> svg(profile));
    }

    public static byte[] png(CapabilityProfile profile) {
        RasterCanvas canvas = new RasterCanvas(WIDTH, HEIGHT);
        draw(canvas, profile);
        return canvas.png();
    }

    public static String svg(CapabilityProfile profile) {
        SvgCanvas canvas = new SvgCanvas(WIDTH, HEIGHT, ChartLabels.get("chart.capability", "Process capability"));
        draw(canvas, profile);
        return canvas.finish();
    }

    private static void draw(Canvas canvas, CapabilityProfile profile) {
        List<ProcessCapability> processes = profile.processes();
        double plotBottom = HEIGHT - MARGIN - 60 - labelDepth(processes);
        double levelHeight = (plotBottom - PLOT_TOP) / 5;
        canvas.text(ChartLabels.get("chart.capabilityTitle", "Process capability: current and target level"), MARGIN, MARGIN + TITLE_SIZE, TITLE_SIZE, true,
                ChartPalette.TEXT, Canvas.Anchor.START);
        new Legend()
                .add(Legend.Symbol.BOX, ChartPalette.CURRENT, ChartLabels.get("chart.current", "Current level (rated where ratings were given)"))
                .add(Legend.Symbol.BOX, ChartPalette.TARGET, ChartLabels.get("chart.target", "Target level"))
                .draw(canvas, MARGIN, MARGIN + TITLE_SIZE + 20, WIDTH - 2 * MARGIN);

        for (int level = 0; level <= 5; level++) {
            double y = plotBottom - level * levelHeight;
            canvas.line(PLOT_LEFT, y, PLOT_RIGHT, y, level == 0 ? ChartPalette.AXIS : ChartPalette.GRID, level == 0 ? 2 : 1, false);
            canvas.text(level + " " + ChartLabels.get("level." + level, CapabilityLevel.of(level).title()), PLOT_LEFT - 14, y + SMALL_SIZE * 0.36,
                    SMALL_SIZE, false, ChartPalette.TEXT, Canvas.Anchor.END);
        }
        canvas.line(PLOT_LEFT, PLOT_TOP - 10, PLOT_LEFT, plotBottom, ChartPalette.AXIS, 2, false);
        canvas.text(ChartLabels.get("chart.levelAxis", "Capability level (ISO/IEC 33020)"), MARGIN + TEXT_SIZE, (PLOT_TOP + plotBottom) / 2, TEXT_SIZE,
                true, ChartPalette.TEXT, Canvas.Anchor.MIDDLE, -90);
        canvas.text(ChartLabels.get("chart.processAxis", "Process"), (PLOT_LEFT + PLOT_RIGHT) / 2, HEIGHT - MARGIN - 10, TEXT_SIZE, true, ChartPalette.TEXT,
                Canvas.Anchor.MIDDLE);
        if (processes.isEmpty()) {
            canvas.text(ChartLabels.get("chart.none", "No process has been assessed."), (PLOT_LEFT + PLOT_RIGHT) / 2, (PLOT_TOP + plotBottom) / 2,
                    TEXT_SIZE, false, ChartPalette.MUTED_TEXT, Canvas.Anchor.MIDDLE);
            return;
        }
        drawBars(canvas, processes, plotBottom, levelHeight);
    }

    private static void drawBars(Canvas canvas, List<ProcessCapability> processes, double plotBottom, double levelHeight) {
        double group = (PLOT_RIGHT - PLOT_LEFT) / processes.size();
        double bar = Math.min(60, group * 0.36);
        for (int i = 0; i < processes.size(); i++) {
            ProcessCapability process = processes.get(i);
            double centre = PLOT_LEFT + group * (i + 0.5);
            bar(canvas, centre - bar - 2, bar, process.startLevel(), ChartPalette.CURRENT, plotBottom, levelHeight);
            bar(canvas, centre + 2, bar, process.targetLevel(), ChartPalette.TARGET, plotBottom, levelHeight);
            canvas.text(ChartLabels.get("process." + process.processId(), process.processName()), centre + 8, plotBottom + 30, SMALL_SIZE, false, ChartPalette.TEXT,
                    Canvas.Anchor.END, LABEL_ANGLE);
        }
    }

    /** A bar with its value above it, so a level-0 bar is still visible as a number. */
    private static void bar(Canvas canvas, double x, double width, int level, java.awt.Color color, double plotBottom,
                            double levelHeight) {
        double height = level * levelHeight;
        canvas.rect(x, plotBottom - height, width, height, color);
        canvas.text(Integer.toString(level), x + width / 2, plotBottom - height - 8, SMALL_SIZE, true, ChartPalette.TEXT,
                Canvas.Anchor.MIDDLE);
    }

    /** How far the rotated process names reach below the plot. */
    private static double labelDepth(List<ProcessCapability> processes) {
        double widest = processes.stream().mapToDouble(p -> ChartFonts.width(ChartLabels.get("process." + p.processId(), p.processName()), SMALL_SIZE, false))
                .max().orElse(0);
        return 30 + widest * Math.sin(Math.toRadians(-LABEL_ANGLE)) + SMALL_SIZE;
    }
}
