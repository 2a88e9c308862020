package io.smsdocs.core.check;

import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.plan.DocumentPlan;
import io.smsdocs.core.standard.ClauseCatalogue;
import io.smsdocs.core.template.TemplateMetadata;

import java.time.LocalDate;
import java.util.List;

/**
 * What the checks look at: the descriptor with its source positions, the plan after exclusions, every
 * template of the edition (to tell which excluded document carried a clause), and today's date.
 */
public record CheckContext(LoadedDescriptor descriptor, DocumentPlan plan, List<TemplateMetadata> templates,
                           ClauseCatalogue catalogue, LocalDate today) {
}
