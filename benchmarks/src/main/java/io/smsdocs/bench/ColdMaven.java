package io.smsdocs.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Cold {@code mvn sms:generate} against {@code mvn help:help} (the floor of any Maven goal), each in a new JVM, in
 * the same run and interleaved (help, generate, help, generate, ...) so that a change in the machine's load hits
 * both: on the northwind sample with its own formats, and on a docs repo of three services
 * (benchmarks/projects/hospital, Markdown + DOCX). Both goals run in the project's folder, so a .mvn/jvm.config
 * there applies to both. {@code -Dbench.repoLocal=<folder>} runs Maven offline on another local repository (to
 * time a plugin built but not installed).
 */
final class ColdMaven {

    /** A docs repo to time: its pom and what its formats are. */
    record Project(String name, Path pom, String formats) {
    }

    static final List<Project> PROJECTS = List.of(
            new Project("northwind sample", Path.of("samples/northwind/pom.xml"), "its own: markdown,docx,xlsx,html"),
            new Project("hospital, 3 services", Path.of("benchmarks/projects/hospital/pom.xml"), "markdown,docx"));

    private ColdMaven() {
    }

    static void print(Targets targets, int runs) throws Exception {
        System.out.printf(Locale.ROOT, "Cold Maven runs (wall time, new JVM each, help:help and sms:generate interleaved, median of %d):%n", runs);
        if (!Benchmark.isAvailable("mvn", "-v")) {
            System.out.println("  skipped: mvn is not on the PATH");
            PROJECTS.forEach(p -> targets.notMeasured(target(p), "mvn is not on the PATH"));
            return;
        }
        List<Double> loads = new ArrayList<>();
        for (Project project : PROJECTS) {
            List<String> generate = maven(project, "sms:generate", "-Dsms.force=true");
            List<String> help = maven(project, "help:help");
            if (timed(generate) == null || timed(help) == null) { // also resolves both plugins once
                System.out.println("  " + project.name() + ": skipped, the goal failed; install the plugin first (the README's"
                        + " mvn -B install), or give -Dbench.repoLocal");
                targets.notMeasured(target(project), "the goal failed");
                continue;
            }
            double[] generateMs = new double[runs];
            double[] helpMs = new double[runs];
            double[] generateCpu = new double[runs];
            double[] helpCpu = new double[runs];
            double[] ratios = new double[runs];
            for (int i = 0; i < runs; i++) {
                loads.add(loadAverage());
                Timed helpRun = timed(help);
                loads.add(loadAverage());
                Timed generateRun = timed(generate);
                if (helpRun == null || generateRun == null) {
                    throw new IllegalStateException("a cold run failed: " + (helpRun == null ? help : generate));
                }
                helpMs[i] = helpRun.wallMs();
                helpCpu[i] = helpRun.cpuMs();
                generateMs[i] = generateRun.wallMs();
                generateCpu[i] = generateRun.cpuMs();
                ratios[i] = generateMs[i] / helpMs[i];
            }
            double ratio = median(generateMs) / median(helpMs);
            Arrays.sort(ratios);
            System.out.printf(Locale.ROOT, "  %s (formats %s)%s%n    mvn sms:generate %6.0f ms (best %6.0f)%s%n    mvn help:help    %6.0f ms"
                            + " (best %6.0f)%s%n    ratio            %6.2f x   (of the medians; each pair %.2f to %.2f x)%s%n", project.name(),
                    project.formats(), jvmConfig(project), median(generateMs), min(generateMs), cpu(generateCpu), median(helpMs), min(helpMs),
                    cpu(helpCpu), ratio, ratios[0], ratios[runs - 1], cpuRatio(generateCpu, helpCpu));
            targets.atMost(target(project), ratio, 2.0, String.format(Locale.ROOT, "%.2f x (%,.0f ms against %,.0f ms)", ratio,
                    median(generateMs), median(helpMs)));
        }
        double[] load = loads.stream().mapToDouble(Double::doubleValue).toArray();
        System.out.printf(Locale.ROOT, "  load average during the runs: %.1f to %.1f (median %.1f) on %d cores%n%n", min(load),
                Arrays.stream(load).max().orElse(0), median(load), Runtime.getRuntime().availableProcessors());
    }

    /** One run's wall time and the CPU time (user and system) of Maven's JVM; cpuMs is NaN where bash is missing. */
    record Timed(double wallMs, double cpuMs) {
    }

    /**
     * Runs the command and times it, or null when it fails. The CPU time comes from bash's {@code times} after the
     * command ends: on a shared machine the CPU a run needs moves far less with the other tenants than its wall time.
     */
    static Timed timed(List<String> command) throws Exception {
        if (!Benchmark.isAvailable("bash", "-c", "times")) {
            double wall = Benchmark.run(command);
            return wall < 0 ? null : new Timed(wall, Double.NaN);
        }
        List<String> wrapped = new ArrayList<>(List.of("bash", "-c", "\"$@\" >/dev/null 2>&1; status=$?; times; exit $status", "bash"));
        wrapped.addAll(command);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(wrapped).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(600, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            return null;
        }
        double wall = (System.nanoTime() - start) / 1e6;
        // times prints the shell's own user and system time, then its children's: "0m3.521s 0m0.412s".
        List<String> lines = output.strip().lines().toList();
        return new Timed(wall, lines.isEmpty() ? Double.NaN : childCpuMs(lines.get(lines.size() - 1)));
    }

    static double childCpuMs(String timesLine) {
        double total = 0;
        for (String field : timesLine.strip().split("\\s+")) {
            java.util.regex.Matcher time = java.util.regex.Pattern.compile("(\\d+)m([\\d.]+)s").matcher(field);
            if (!time.matches()) {
                return Double.NaN;
            }
            total += Integer.parseInt(time.group(1)) * 60_000.0 + Double.parseDouble(time.group(2)) * 1000;
        }
        return total;
    }

    private static String cpu(double[] cpuMs) {
        return Double.isNaN(median(cpuMs)) ? "" : String.format(Locale.ROOT, ", CPU %6.0f ms", median(cpuMs));
    }

    private static String cpuRatio(double[] generateCpu, double[] helpCpu) {
        double ratio = median(generateCpu) / median(helpCpu);
        return Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%n    CPU ratio        %6.2f x   (user + system time of the two JVMs:"
                + " moves less with the machine's load than the wall time)", ratio);
    }

    private static String target(Project project) {
        return "Cold sms:generate within 2x help:help, " + project.name();
    }

    private static List<String> maven(Project project, String... goal) {
        List<String> command = new ArrayList<>(List.of("mvn", "-q", "-B", "-f", project.pom().toString()));
        String repository = System.getProperty("bench.repoLocal", "");
        if (!repository.isBlank()) {
            command.addAll(List.of("-o", "-Dmaven.repo.local=" + Path.of(repository).toAbsolutePath()));
        }
        command.addAll(List.of(goal));
        return command;
    }

    /** The JVM options the project's .mvn/jvm.config gives both goals, as a note after its name. */
    private static String jvmConfig(Project project) throws java.io.IOException {
        Path config = project.pom().toAbsolutePath().getParent().resolve(".mvn/jvm.config");
        return Files.isRegularFile(config) ? ", .mvn/jvm.config: " + Files.readString(config).strip().replaceAll("\\s+", " ") : "";
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }
}
