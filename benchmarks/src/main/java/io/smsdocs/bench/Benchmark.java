package io.smsdocs.bench;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Prints every figure of docs/performance.md, then one table of the targets with the measured value and whether each
 * is met: warm in-process times per format and phase, cold Maven wall times against help:help, growth with synthetic
 * descriptors, what FreeMarker and flexmark take (the floors under the cold and the growth figures), the DOCX
 * export against pandoc, and the PDF of the set against LibreOffice's bare conversion. Run from the repository root:
 * {@code mvn -B -Pbench -pl benchmarks -am verify -DskipTests}; {@code -Dbench.only=cold} (warm, cold, growth, floors,
 * pandoc, pdf, comma-separated) runs only those sections.
 */
public final class Benchmark {

    static final Path NORTHWIND = Path.of("samples/northwind/src/sms/sms.yaml");

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "smsdocs benchmark on %d cores, Java %s, %s%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name"));
        // -Dbench.only=cold (or warm,growth,floors,...) runs only those sections, e.g. while working on one figure.
        List<String> only = Arrays.stream(System.getProperty("bench.only", "all").split(",")).map(String::strip).toList();
        Targets targets = new Targets();
        if (selected(only, "warm")) {
            double warm = warmFullSet();
            targets.atMost("Warm full set, Markdown + DOCX, under 250 ms", warm, 250, String.format(Locale.ROOT, "%.0f ms", warm));
            double docxOverMarkdown = WarmPhases.print(NORTHWIND);
            targets.atMost("DOCX export within 2x the Markdown rendering", docxOverMarkdown, 2.0,
                    String.format(Locale.ROOT, "%.1f x", docxOverMarkdown));
        }
        if (selected(only, "cold")) {
            ColdMaven.print(targets, Integer.getInteger("bench.coldRuns", 5));
        }
        if (selected(only, "growth")) {
            growthTargets(targets, Synthetic.printGrowth(List.of(10, 100, 1000, 5000, 10000)));
        }
        if (selected(only, "floors")) {
            LibraryFloors.print(5000, Integer.getInteger("bench.coldRuns", 5));
        }
        if (selected(only, "pandoc")) {
            double speedup = pandocComparison();
            targets.atLeast("DOCX export at least 10x faster than pandoc per file", speedup, 10,
                    Double.isNaN(speedup) ? "pandoc missing" : String.format(Locale.ROOT, "%.0f x", speedup));
        }
        if (selected(only, "pdf")) {
            double ratio = PdfTimes.print(NORTHWIND);
            targets.atMost("PDF of the set under 2x LibreOffice's bare conversion", ratio, 2.0,
                    Double.isNaN(ratio) ? "LibreOffice missing" : String.format(Locale.ROOT, "%.2f x", ratio));
        }
        targets.print();
    }

    private static boolean selected(List<String> only, String section) {
        return only.contains("all") || only.contains(section);
    }

    /** The 5,000-service line of the growth section, as targets: under 10 s and under 1 GiB of heap. */
    private static void growthTargets(Targets targets, List<String> lines) {
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("^\\s*5000 services:.* in\\s+([\\d.]+) s\\b.*peak heap\\s+(\\d+) MiB");
        for (String text : lines) {
            java.util.regex.Matcher m = line.matcher(text);
            if (m.find()) {
                double seconds = Double.parseDouble(m.group(1));
                double mib = Double.parseDouble(m.group(2));
                targets.atMost("5,000 services in under 10 s", seconds, 10, String.format(Locale.ROOT, "%.1f s", seconds));
                targets.atMost("5,000 services under 1 GiB of heap", mib, 1024, String.format(Locale.ROOT, "%.0f MiB", mib));
                return;
            }
        }
        targets.notMeasured("5,000 services in under 10 s and under 1 GiB of heap", "no 5,000-service line");
    }

    /** @return the median time of the Markdown + DOCX set, in ms */
    private static double warmFullSet() throws IOException {
        System.out.printf(Locale.ROOT, "Warm in-process generation of the northwind set (median of 20 after 10 warm-up runs; load average"
                + " %.1f at the start):%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        double full = Double.NaN;
        for (String formats : List.of("markdown", "docx", "markdown,docx")) {
            double[] times = new double[30];
            for (int i = 0; i < times.length; i++) {
                Path out = Files.createTempDirectory("smsdocs-bench");
                long start = System.nanoTime();
                new SmsGenerator().generate(GenerationRequest.of(NORTHWIND, null, out, Arrays.asList(formats.split(","))));
                times[i] = (System.nanoTime() - start) / 1e6;
                Files.walk(out).sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
            double[] timed = Arrays.copyOfRange(times, 10, times.length);
            Arrays.sort(timed);
            System.out.printf(Locale.ROOT, "  %-14s median %7.1f ms   best %7.1f ms%n", formats, timed[timed.length / 2], timed[0]);
            full = timed[timed.length / 2];
        }
        System.out.println();
        return full;
    }

    /** @return how many times faster the DOCX export is than pandoc, NaN without pandoc */
    private static double pandocComparison() throws Exception {
        System.out.println("DOCX export against pandoc on the same Markdown (northwind, 28 documents):");
        Path out = Files.createTempDirectory("smsdocs-pandoc");
        new SmsGenerator().generate(GenerationRequest.of(NORTHWIND, null, out, List.of("markdown")));
        List<Path> markdown;
        try (Stream<Path> files = Files.list(out.resolve("markdown"))) {
            markdown = files.sorted().toList();
        }
        double ours = WarmPhases.docxExportMillis(NORTHWIND);
        if (!isAvailable("pandoc", "--version")) {
            System.out.printf(Locale.ROOT, "  smsdocs DOCX export  %7.1f ms (warm, both cores)%n  pandoc               skipped:"
                    + " pandoc is not installed (apt-get install pandoc)%n%n", ours);
            return Double.NaN;
        }
        long start = System.nanoTime();
        for (Path file : markdown) {
            run(List.of("pandoc", file.toString(), "-o", file.resolveSibling(file.getFileName() + ".docx").toString()));
        }
        double pandoc = (System.nanoTime() - start) / 1e6;
        System.out.printf(Locale.ROOT, "  smsdocs DOCX export  %7.1f ms (warm, both cores)%n  pandoc, per file     %7.1f ms%n"
                + "  smsdocs is          %7.1f x faster%n%n", ours, pandoc, pandoc / ours);
        return pandoc / ours;
    }

    /** Wall time in ms, or -1 when the command failed. */
    static double run(List<String> command) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(600, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue() == 0 ? (System.nanoTime() - start) / 1e6 : -1;
    }

    static boolean isAvailable(String... command) {
        try {
            return run(List.of(command)) >= 0;
        } catch (Exception e) {
            return false;
        }
    }
}
