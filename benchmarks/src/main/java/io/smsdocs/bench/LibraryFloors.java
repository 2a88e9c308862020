package io.smsdocs.bench;

import io.smsdocs.core.descriptor.DescriptorLoader;
import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.export.markdown.MarkdownAst;
import io.smsdocs.core.model.TemplateModelFactory;
import io.smsdocs.core.plan.DocumentPlan;
import io.smsdocs.core.plan.DocumentPlanner;
import io.smsdocs.core.render.DocumentRenderer;
import io.smsdocs.core.render.RenderedDocument;
import io.smsdocs.core.template.TemplateRepository;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * What the two libraries on every run's path take, in fresh JVMs with the docs repo's options: most of the cold and of
 * the 5,000-service figures is theirs, and no change to the generator's own code takes it away.
 * <ul>
 *   <li>Cold: making the template configuration and parsing every template of the built-in pack in its default
 *       language, nothing rendered. FreeMarker parses each template a set uses on every run (it cannot keep a parsed
 *       template between JVMs), and its lexer's main method is too large for HotSpot to compile.</li>
 *   <li>5,000 services: the rendering of the set (FreeMarker, with the template model, the Markdown escaping of values
 *       and the tidying of the text, which are ours: about half of it by JFR's samples), then flexmark's parse of every
 *       rendered document (how the DOCX export reads the Markdown) on all cores, each document's parse timed on its own
 *       thread.</li>
 * </ul>
 */
public final class LibraryFloors {

    static final String PACK = "templates/src/main/resources/META-INF/smsdocs/packs/default";

    private LibraryFloors() {
    }

    /** Runs both measurements in fresh JVMs and prints them. */
    static void print(int services, int coldRuns) throws Exception {
        System.out.printf(Locale.ROOT, "What FreeMarker and flexmark take (fresh JVMs, -Xmx1g %s; load average %.1f):%n",
                String.join(" ", DocsRepoJvm.options()), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<String> cold = new ArrayList<>();
        for (int i = 0; i < coldRuns; i++) {
            cold.add(child("templates", Path.of(PACK).toAbsolutePath().toString()));
        }
        cold.sort(null);
        System.out.println("  cold, the template configuration made and every English template of the built-in pack parsed once,"
                + " nothing rendered (median of " + coldRuns + "):");
        System.out.println("    " + cold.get(cold.size() / 2));
        System.out.println("  " + services + " services:");
        child("growth", Integer.toString(services)).lines().forEach(line -> System.out.println("    " + line));
        System.out.println();
    }

    private static String child(String... args) throws Exception {
        DocsRepoJvm.Child child = DocsRepoJvm.run(LibraryFloors.class, args);
        return child.exit() == 0 ? child.output() : "failed (exit " + child.exit() + "): " + child.output();
    }

    /** Child JVM: {@code templates <pack folder>} or {@code growth <services>}. */
    public static void main(String[] args) throws Exception {
        if (args[0].equals("templates")) {
            parseTemplates(Path.of(args[1]));
        } else {
            renderAndParse(Integer.parseInt(args[1]));
        }
    }

    private static void parseTemplates(Path pack) throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        freemarker.template.Configuration configuration =
                TemplateRepository.create(null, null, false, LibraryFloors.class.getClassLoader()).configuration();
        List<String> names = defaultLanguageTemplates(pack);
        long configured = System.nanoTime();
        for (String name : names) {
            configuration.getTemplate(name, Locale.UK);
        }
        long kib = 0;
        for (String name : names) {
            kib += Files.size(pack.resolve(name));
        }
        System.out.printf(Locale.ROOT, "%4.0f ms wall (%4.0f ms of it parsing %d templates, %d KiB), %4.0f ms CPU of the thread",
                (System.nanoTime() - wall) / 1e6, (System.nanoTime() - configured) / 1e6, names.size(), kib >> 10,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
    }

    /** The pack's templates in its default language: a language variant's name carries its language (sla.text_de.ftl). */
    static List<String> defaultLanguageTemplates(Path pack) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(pack)) {
            return files.map(pack::relativize).map(path -> path.toString().replace('\\', '/')).filter(name -> name.endsWith(".ftl"))
                    .filter(name -> !name.matches(".*_[a-z]{2,3}(_[A-Z]{2})?\\.ftl")).sorted().toList();
        }
    }

    private static void renderAndParse(int services) throws Exception {
        Path dir = Files.createTempDirectory("smsdocs-floors");
        Path descriptor = dir.resolve("sms.yaml");
        Files.writeString(descriptor, Synthetic.descriptor(services));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var threads = ManagementFactory.getThreadMXBean();
        LoadedDescriptor loaded = new DescriptorLoader().load(descriptor, descriptor.toString());
        TemplateRepository templates = TemplateRepository.create(null, null, false, LibraryFloors.class.getClassLoader());
        DocumentPlan plan = new DocumentPlanner().plan(loaded, templates.documentTemplates(), templates::displayName);
        long wall = System.nanoTime();
        long cpu = os.getProcessCpuTime();
        List<RenderedDocument> rendered = new DocumentRenderer(templates.configuration(), templates::displayName)
                .renderAll(plan, new TemplateModelFactory(loaded.descriptor(), plan));
        double renderWall = (System.nanoTime() - wall) / 1e9;
        System.out.printf(Locale.ROOT, "rendering the %d documents: %5.2f s wall, %5.2f s CPU of the process (FreeMarker, our model,"
                + " escaping and tidying)%n", rendered.size(),
                renderWall, (os.getProcessCpuTime() - cpu) / 1e9);
        AtomicLong parsing = new AtomicLong();
        wall = System.nanoTime();
        rendered.parallelStream().forEach(document -> {
            String markdown = document.markdown();
            long start = threads.getCurrentThreadCpuTime();
            MarkdownAst.parse(markdown);
            parsing.addAndGet(threads.getCurrentThreadCpuTime() - start);
        });
        double parseWall = (System.nanoTime() - wall) / 1e9;
        System.out.printf(Locale.ROOT, "flexmark parses them:        %5.2f s wall, %5.2f s CPU of the parsing threads (%d cores)%n",
                parseWall, parsing.get() / 1e9, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "the two together:            %5.2f s wall, before the descriptor, the DOCX writer and its"
                + " compression, hashing and writing the files%n", renderWall + parseWall);
    }
}
