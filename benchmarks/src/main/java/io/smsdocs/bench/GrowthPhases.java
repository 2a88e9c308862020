package io.smsdocs.bench;

import io.smsdocs.core.descriptor.DescriptorLoader;
import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.export.ExportContext;
import io.smsdocs.core.export.docx.DocxExporter;
import io.smsdocs.core.model.TemplateModelFactory;
import io.smsdocs.core.plan.DocumentPlan;
import io.smsdocs.core.plan.DocumentPlanner;
import io.smsdocs.core.render.DocumentRenderer;
import io.smsdocs.core.render.RenderedDocument;
import io.smsdocs.core.template.TemplateRepository;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where the time of a synthetic set goes, phase by phase in one fresh JVM: wall time, and the CPU time of the
 * whole process (on a shared machine the wall time follows the other builds, the CPU time much less). Run as
 * {@code java -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp <benchmarks classpath> io.smsdocs.bench.GrowthPhases 5000}
 * (the options of a docs repo's .mvn/jvm.config).
 */
public final class GrowthPhases {

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long wall = System.nanoTime();
    private long cpu = os.getProcessCpuTime();

    private GrowthPhases() {
    }

    public static void main(String[] args) throws Exception {
        int services = Integer.parseInt(args[0]);
        Path dir = Files.createTempDirectory("smsdocs-phases");
        Path descriptor = dir.resolve("sms.yaml");
        Files.writeString(descriptor, Synthetic.descriptor(services));
        GrowthPhases clock = new GrowthPhases();
        System.out.printf(Locale.ROOT, "%d services, phases in one JVM (wall / CPU of the process):%n", services);
        LoadedDescriptor loaded = new DescriptorLoader().load(descriptor, descriptor.toString());
        clock.lap("load and validate");
        TemplateRepository templates = TemplateRepository.create(null, null, false, GrowthPhases.class.getClassLoader());
        DocumentPlan plan = new DocumentPlanner().plan(loaded, templates.documentTemplates(), templates::displayName);
        clock.lap("plan");
        List<RenderedDocument> rendered = new DocumentRenderer(templates.configuration(), templates::displayName)
                .renderAll(plan, new TemplateModelFactory(loaded.descriptor(), plan));
        clock.lap("render Markdown (" + rendered.size() + " documents)");
        ExportContext context = new ExportContext(loaded.descriptor(), dir, null);
        DocxExporter docx = new DocxExporter();
        var threads = ManagementFactory.getThreadMXBean();
        java.util.Map<String, long[]> costs = new java.util.concurrent.ConcurrentHashMap<>();
        long bytes = rendered.parallelStream().mapToLong(document -> {
            long start = threads.getCurrentThreadCpuTime();
            long length = docx.export(document, context).get(0).content().length;
            costs.put(document.document().id(), new long[] {threads.getCurrentThreadCpuTime() - start, document.markdown().length()});
            return length;
        }).sum();
        clock.lap("export DOCX (both cores, " + (bytes >> 20) + " MiB)");
        printCostliest(costs);
        long compile = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long gc = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
        System.out.printf(Locale.ROOT, "  JIT compilation %6d ms, garbage collection %6d ms (threads' own time)%n", compile, gc);
    }

    /** The documents whose export took the most CPU, and what all the others took together. */
    private static void printCostliest(java.util.Map<String, long[]> costs) {
        List<java.util.Map.Entry<String, long[]>> sorted = costs.entrySet().stream()
                .sorted(java.util.Comparator.comparingLong((java.util.Map.Entry<String, long[]> e) -> -e.getValue()[0])
                        .thenComparing(java.util.Map.Entry::getKey))
                .toList();
        System.out.println("  costliest DOCX exports (CPU of the exporting thread, Markdown characters):");
        sorted.stream().limit(8).forEach(e -> System.out.printf(Locale.ROOT, "    %-40s %7.2f s  %,12d chars%n", e.getKey(),
                e.getValue()[0] / 1e9, e.getValue()[1]));
        long rest = sorted.stream().skip(8).mapToLong(e -> e.getValue()[0]).sum();
        System.out.printf(Locale.ROOT, "    %-40s %7.2f s  (%d documents)%n", "all others", rest / 1e9, Math.max(0, sorted.size() - 8));
    }

    private void lap(String phase) {
        long nowWall = System.nanoTime();
        long nowCpu = os.getProcessCpuTime();
        System.out.printf(Locale.ROOT, "  %-42s %7.2f s  %7.2f s CPU%n", phase, (nowWall - wall) / 1e9, (nowCpu - cpu) / 1e9);
        wall = nowWall;
        cpu = nowCpu;
    }
}
