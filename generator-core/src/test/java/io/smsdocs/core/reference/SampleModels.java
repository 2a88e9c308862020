package io.smsdocs.core.reference;

import io.smsdocs.core.descriptor.DescriptorLoader;
import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.model.TemplateModelFactory;
import io.smsdocs.core.plan.DocumentPlan;
import io.smsdocs.core.plan.DocumentPlanner;
import io.smsdocs.core.plan.PlannedDocument;
import io.smsdocs.core.render.DocumentRenderer;
import io.smsdocs.core.render.RenderedDocument;
import io.smsdocs.core.render.Traceability;
import io.smsdocs.core.template.TemplateRepository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The data models templates see in the sample sets, as the generator builds them: for each set, the model of
 * an ordinary document, of a per-service and a per-supplier document (which add {@code service} and
 * {@code supplier}) and of a matrix (rendered after the others, with {@code traceability}).
 */
final class SampleModels {

    /** A sample set: its name in the reference, its descriptor, and whether guidance mode is on. */
    record Sample(String name, Path descriptor, boolean guidance) {
    }

    static final List<Sample> SAMPLES = List.of(
            new Sample("northwind (2018, English, guidance mode)", Path.of("../samples/northwind/src/sms/sms.yaml"), true),
            new Sample("stmarys-it (2011, English)", Path.of("../samples/stmarys-it/src/sms/sms.yaml"), false),
            new Sample("rheintal (2018, German)", Path.of("../samples/consultant-pack/client/src/sms/sms.yaml"), false),
            new Sample("in-house hospital IT (2018, English, healthcare sector, partly specified)",
                    Path.of("src/test/resources/descriptors/in-house-hospital.yaml"), false),
            new Sample("minimal (three lines)", Path.of("src/test/resources/descriptors/minimal.yaml"), false));

    private SampleModels() {
    }

    /** The models of one sample set, one per kind of document. */
    static List<Map<String, Object>> of(Sample sample) {
        Planned planned = plan(sample.descriptor(), sample.guidance());
        DocumentPlan plan = planned.plan();
        TemplateModelFactory models = planned.models();
        List<Map<String, Object>> result = new ArrayList<>();
        first(plan, d -> d.service() == null && d.supplier() == null && !isMatrix(d)).ifPresent(d -> result.add(models.modelFor(d)));
        first(plan, d -> d.service() != null).ifPresent(d -> result.add(models.modelFor(d)));
        first(plan, d -> d.supplier() != null).ifPresent(d -> result.add(models.modelFor(d)));
        Optional<PlannedDocument> matrix = first(plan, SampleModels::isMatrix);
        if (matrix.isPresent()) {
            TemplateRepository templates = planned.templates();
            String language = planned.language();
            List<RenderedDocument> rendered = new DocumentRenderer(templates.configuration(), name -> templates.displayName(name, language))
                    .renderAll(plan, models).stream().filter(r -> !isMatrix(r.document())).toList();
            result.add(models.withTraceability(Traceability.of(rendered, models.catalogue(), models.gaps(), models::clauseTitle))
                    .modelFor(matrix.get()));
        }
        return result;
    }

    /** The model one document of a set is rendered with, and the locale it is rendered in. */
    record DocumentModel(Map<String, Object> model, java.util.Locale locale, freemarker.template.Configuration configuration) {
    }

    /** @param documentId the id of a document of the set, such as {@code sla-cloud-hosting} */
    static DocumentModel document(Path descriptor, String documentId, boolean guidance) {
        Planned planned = plan(descriptor, guidance);
        PlannedDocument document = planned.plan().find(documentId).orElseThrow(() -> new IllegalArgumentException(
                descriptor + " has no document " + documentId));
        return new DocumentModel(planned.models().modelFor(document), planned.models().locale(), planned.templates().configuration());
    }

    private record Planned(TemplateRepository templates, String language, DocumentPlan plan, TemplateModelFactory models) {
    }

    private static Planned plan(Path descriptor, boolean guidance) {
        LoadedDescriptor loaded;
        try {
            loaded = new DescriptorLoader().load(Files.readAllBytes(descriptor), descriptor.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TemplateRepository templates = TemplateRepository.create(null, null, false, SampleModels.class.getClassLoader());
        var sms = loaded.descriptor().sms();
        Map<String, String> messages = templates.messages(sms.language(), sms.edition());
        DocumentPlan plan = new DocumentPlanner().plan(loaded, templates.documentTemplates(sms.language()),
                name -> templates.displayName(name, sms.language()), messages);
        TemplateModelFactory models = new TemplateModelFactory(loaded.descriptor(), plan, messages,
                guidance ? templates.guidance(sms.language(), plan.edition()) : Map.of());
        return new Planned(templates, sms.language(), plan, models);
    }

    private static Optional<PlannedDocument> first(DocumentPlan plan, Predicate<PlannedDocument> which) {
        return plan.documents().stream().filter(which).findFirst();
    }

    private static boolean isMatrix(PlannedDocument document) {
        return "matrix".equals(document.kind());
    }
}
