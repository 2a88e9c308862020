package io.smsdocs.core.export;

import io.smsdocs.core.descriptor.model.Descriptor;
import io.smsdocs.core.model.TemplateModelFactory;
import io.smsdocs.core.plan.DocumentPlan;
import io.smsdocs.core.render.RenderedDocument;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The whole set as exporters of the set see it (a site's navigation and dashboard): the plan, every rendered
 * document in plan order, the template model they were rendered from, and the status date a status view shows
 * the set as of. What an exporter derives from the whole set (a site's heading ids) is derived once and shared
 * by its calls for single documents, which run in parallel.
 */
public final class DocumentSet {

    private final DocumentPlan plan;
    private final List<RenderedDocument> documents;
    private final TemplateModelFactory model;
    private final LocalDate statusDate;
    private final boolean statusDateGiven;
    private final Map<Class<?>, Object> derived = new ConcurrentHashMap<>();

    /**
     * @param statusDate      the day a status view shows the set as of; null when neither the build nor the
     *                        descriptor gives one
     * @param statusDateGiven whether the build gave it (sms.asOf) rather than the descriptor
     * @param model           the template model; null when no format of the export reads it
     */
    public DocumentSet(DocumentPlan plan, List<RenderedDocument> documents, TemplateModelFactory model, LocalDate statusDate,
                       boolean statusDateGiven) {
        this.plan = plan;
        this.documents = List.copyOf(documents);
        this.model = model;
        this.statusDate = statusDate;
        this.statusDateGiven = statusDateGiven;
    }

    /**
     * The status date of a set: the build's (sms.asOf) when it gives one, else the descriptor's effective date,
     * else the start of its implementation; never the clock, so the same inputs give the same pages.
     */
    public static LocalDate statusDate(LocalDate asOf, Descriptor descriptor) {
        if (asOf != null) {
            return asOf;
        }
        LocalDate effective = descriptor.sms().effectiveDate();
        return effective != null ? effective : descriptor.implementation().start();
    }

    public DocumentPlan plan() {
        return plan;
    }

    public List<RenderedDocument> documents() {
        return documents;
    }

    /** The model the set was rendered from; kept only for the formats that read it ({@link Exporter#readsTemplateModel()}). */
    public TemplateModelFactory model() {
        if (model == null) {
            throw new IllegalStateException("the template model was not kept for this export: a format that reads it says so"
                    + " with Exporter.readsTemplateModel()");
        }
        return model;
    }

    /** The day the set is shown as of, or null. */
    public LocalDate statusDate() {
        return statusDate;
    }

    public boolean statusDateGiven() {
        return statusDateGiven;
    }

    /** What an exporter computes from the whole set, computed on first use and kept for the set's other calls. */
    public <T> T derived(Class<T> kind, Function<DocumentSet, T> compute) {
        return kind.cast(derived.computeIfAbsent(kind, k -> compute.apply(this)));
    }
}
