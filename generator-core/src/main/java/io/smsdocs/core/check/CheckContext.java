package io.smsdocs.core.check;

import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.plan.DocumentPlan;
import io.smsdocs.core.standard.ClauseCatalogue;
import io.smsdocs.core.template.TemplateMetadata;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the checks look at: the descriptor with its source positions, the plan after exclusions, every
 * template of the edition (to tell which excluded document carried a clause), today's date, what the
 * previous run issued of each document, the SHA-256 of each document as rendered now (empty when the
 * set was not rendered), and whether every process must name its owner (otherwise the default owner is a
 * decision the tool states, not a gap).
 */
public record CheckContext(LoadedDescriptor descriptor, DocumentPlan plan, List<TemplateMetadata> templates,
                           ClauseCatalogue catalogue, LocalDate today, Map<String, IssuedDocument> issued,
                           Map<String, String> renderedSha256, boolean requireExplicitOwners) {

    /** What a previous run issued of one document: its controlled id, version and content hash. */
    public record IssuedDocument(String reference, String version, String contentSha256) {
    }

    public CheckContext {
        issued = Map.copyOf(issued);
        renderedSha256 = Map.copyOf(renderedSha256);
    }

    public CheckContext(LoadedDescriptor descriptor, DocumentPlan plan, List<TemplateMetadata> templates,
                        ClauseCatalogue catalogue, LocalDate today, Map<String, IssuedDocument> issued,
                        Map<String, String> renderedSha256) {
        this(descriptor, plan, templates, catalogue, today, issued, renderedSha256, false);
    }

    public CheckContext(LoadedDescriptor descriptor, DocumentPlan plan, List<TemplateMetadata> templates,
                        ClauseCatalogue catalogue, LocalDate today) {
        this(descriptor, plan, templates, catalogue, today, Map.of(), Map.of());
    }

    /** The same context with explicit process owners required or not. */
    public CheckContext requiringExplicitOwners(boolean required) {
        return new CheckContext(descriptor, plan, templates, catalogue, today, issued, renderedSha256, required);
    }
}
