package io.smsdocs.bench;

import io.smsdocs.core.descriptor.DescriptorLoader;
import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.export.docx.DocxExporter;
import io.smsdocs.core.export.DocumentSet;
import io.smsdocs.core.export.ExportContext;
import io.smsdocs.core.export.html.HtmlExporter;
import io.smsdocs.core.plan.DocumentPlan;
import io.smsdocs.core.plan.DocumentPlanner;
import io.smsdocs.core.render.DocumentRenderer;
import io.smsdocs.core.render.RenderedDocument;
import io.smsdocs.core.model.TemplateModelFactory;
import io.smsdocs.core.template.TemplateRepository;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Warm, in-process time of each phase: load and plan, Markdown rendering, DOCX export, the HTML site (both cores). */
final class WarmPhases {

    private WarmPhases() {
    }

    /** @return the DOCX export's time over the Markdown rendering's */
    static double print(Path descriptor) {
        double[][] phases = measure(descriptor);
        System.out.println("Warm in-process phases, northwind (median of 30 after 150 warm-up runs):");
        System.out.printf(Locale.ROOT, "  load, validate, plan      %7.1f ms%n", median(phases[0]));
        System.out.printf(Locale.ROOT, "  render Markdown           %7.1f ms%n", median(phases[1]));
        System.out.printf(Locale.ROOT, "  export DOCX (both cores)  %7.1f ms   (%.1f x the Markdown rendering)%n", median(phases[2]),
                median(phases[2]) / median(phases[1]));
        System.out.printf(Locale.ROOT, "  export HTML site          %7.1f ms   (pages, dashboard, index pages)%n%n", median(phases[3]));
        return median(phases[2]) / median(phases[1]);
    }

    static double docxExportMillis(Path descriptor) {
        return median(measure(descriptor)[2]);
    }

    private static double[][] measure(Path descriptor) {
        int warmUp = 150;
        int timed = 30;
        double[][] phases = new double[4][timed];
        for (int i = 0; i < warmUp + timed; i++) {
            long t0 = System.nanoTime();
            LoadedDescriptor loaded = new DescriptorLoader().load(descriptor, descriptor.toString());
            TemplateRepository templates = TemplateRepository.create(null, null, false, WarmPhases.class.getClassLoader());
            DocumentPlan plan = new DocumentPlanner().plan(loaded, templates.documentTemplates(), templates::displayName);
            long t1 = System.nanoTime();
            List<RenderedDocument> rendered = new DocumentRenderer(templates.configuration(), templates::displayName)
                    .renderAll(plan, new TemplateModelFactory(loaded.descriptor(), plan));
            long t2 = System.nanoTime();
            ExportContext context = new ExportContext(loaded.descriptor(), descriptor.toAbsolutePath().getParent(), null);
            DocxExporter docx = new DocxExporter();
            rendered.parallelStream().map(document -> docx.export(document, context)).toList();
            long t3 = System.nanoTime();
            TemplateModelFactory model = new TemplateModelFactory(loaded.descriptor(), plan);
            ExportContext site = new ExportContext(loaded.descriptor(), descriptor.toAbsolutePath().getParent(), null, null,
                    templates.messages(loaded.descriptor().sms().language(), plan.edition()),
                    new DocumentSet(plan, rendered, model, DocumentSet.statusDate(null, loaded.descriptor()), false));
            long t4 = System.nanoTime();
            HtmlExporter html = new HtmlExporter();
            rendered.parallelStream().map(document -> html.export(document, site)).toList();
            html.exportSet(site.set(), site);
            long t5 = System.nanoTime();
            if (i >= warmUp) {
                phases[3][i - warmUp] = (t5 - t4) / 1e6;
                phases[0][i - warmUp] = (t1 - t0) / 1e6;
                phases[1][i - warmUp] = (t2 - t1) / 1e6;
                phases[2][i - warmUp] = (t3 - t2) / 1e6;
            }
        }
        return phases;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
