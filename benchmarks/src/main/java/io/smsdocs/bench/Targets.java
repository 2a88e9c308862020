package io.smsdocs.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The performance targets of docs/performance.md, each with the value this run measured and whether it is met:
 * printed as one table at the end of the benchmark, so a regression shows as "short" without reading the sections.
 */
final class Targets {

    private record Row(String target, String measured, String verdict) {
    }

    private final List<Row> rows = new ArrayList<>();

    /** A target measured in this run: met when the value is at most the limit. */
    void atMost(String target, double value, double limit, String measured) {
        rows.add(new Row(target, measured, Double.isNaN(value) ? "n/a" : value <= limit ? "pass" : "SHORT"));
    }

    /** A target measured in this run: met when the value is at least the limit. */
    void atLeast(String target, double value, double limit, String measured) {
        rows.add(new Row(target, measured, Double.isNaN(value) ? "n/a" : value >= limit ? "pass" : "SHORT"));
    }

    /** A target this run could not measure (a section skipped, a tool missing). */
    void notMeasured(String target, String why) {
        rows.add(new Row(target, why, "n/a"));
    }

    void print() {
        int width = rows.stream().mapToInt(row -> row.target().length()).max().orElse(10);
        int measuredWidth = rows.stream().mapToInt(row -> row.measured().length()).max().orElse(10);
        String format = "  %-" + width + "s  %-" + measuredWidth + "s  %s%n";
        System.out.println("Targets of docs/performance.md, as measured in this run:");
        System.out.printf(Locale.ROOT, format, "target", "measured", "met?");
        System.out.printf(Locale.ROOT, format, "-".repeat(width), "-".repeat(measuredWidth), "-----");
        rows.forEach(row -> System.out.printf(Locale.ROOT, format, row.target(), row.measured(), row.verdict()));
        long shortOf = rows.stream().filter(row -> row.verdict().equals("SHORT")).count();
        System.out.printf(Locale.ROOT, "  %d of %d measured targets met%n", rows.stream().filter(row -> row.verdict().equals("pass")).count(),
                rows.stream().filter(row -> !row.verdict().equals("n/a")).count());
        if (shortOf > 0) {
            System.out.println("  (a short target on a loaded machine: run again when it is quiet; the load average is printed above)");
        }
    }
}
