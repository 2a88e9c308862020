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
 * Prints every figure of docs/performance.md: warm in-process times per format and phase, cold Maven
 * wall times, growth with synthetic descriptors, the DOCX export against pandoc, and the PDF of the set against
 * LibreOffice's bare conversion. Run from the
 * repository root: {@code mvn -B -Pbench -pl benchmarks -am verify -DskipTests}.
 */
public final class Benchmark {

    static final Path NORTHWIND = Path.of("samples/northwind/src/sms/sms.yaml");

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "smsdocs benchmark on %d cores, Java %s, %s%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name"));
        warmFullSet();
        WarmPhases.print(NORTHWIND);
        coldMaven();
        Synthetic.printGrowth(List.of(10, 100, 1000, 5000, 10000));
        pandocComparison();
        PdfTimes.print(NORTHWIND);
    }

    private static void warmFullSet() throws IOException {
        System.out.println("Warm in-process generation of the northwind set (median of 20 after 10 warm-up runs):");
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
        }
        System.out.println();
    }

    private static void coldMaven() throws Exception {
        System.out.println("Cold Maven runs (wall time, median of 3, new JVM each):");
        if (!isAvailable("mvn", "-v")) {
            System.out.println("  skipped: mvn is not on the PATH");
            return;
        }
        List<String> generate = List.of("mvn", "-q", "-B", "-f", "samples/northwind/pom.xml", "sms:generate", "-Dsms.force=true",
                "-Dsms.formats=markdown,docx,xlsx");
        List<String> help = List.of("mvn", "-q", "-B", "-f", "samples/northwind/pom.xml", "help:help");
        if (run(generate) < 0) {
            System.out.println("  skipped: the plugin is not installed; run the README's first command (mvn -B install)");
            return;
        }
        run(help); // resolve maven-help-plugin once
        double generateMs = medianOf3(generate);
        double helpMs = medianOf3(help);
        System.out.printf(Locale.ROOT, "  mvn sms:generate   %7.0f ms%n  mvn help:help      %7.0f ms   (floor of any Maven goal)%n"
                + "  ratio              %7.2f x%n%n", generateMs, helpMs, generateMs / helpMs);
    }

    private static void pandocComparison() throws Exception {
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
                    + " pandoc is not installed (apt-get install pandoc)%n", ours);
            return;
        }
        long start = System.nanoTime();
        for (Path file : markdown) {
            run(List.of("pandoc", file.toString(), "-o", file.resolveSibling(file.getFileName() + ".docx").toString()));
        }
        double pandoc = (System.nanoTime() - start) / 1e6;
        System.out.printf(Locale.ROOT, "  smsdocs DOCX export  %7.1f ms (warm, both cores)%n  pandoc, per file     %7.1f ms%n"
                + "  smsdocs is          %7.1f x faster%n", ours, pandoc, pandoc / ours);
    }

    private static double medianOf3(List<String> command) throws Exception {
        double[] times = {run(command), run(command), run(command)};
        Arrays.sort(times);
        return times[1];
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
