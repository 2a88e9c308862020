package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.model.Gap;

import java.util.List;
import java.util.Map;

/**
 * What the capacity plan (2011 clause 6.5) decides from the gap assessment: whether capacity management is
 * still open, and the assessor's note on it. Exposed to templates as {@code capacityPlan}; {@code gap} is
 * missing when the clause is implemented or not assessed.
 */
final class CapacityPlan {

    static final String CLAUSE_2011 = "6.5";

    private CapacityPlan() {
    }

    static Map<String, Object> model(List<Gap> gaps) {
        Gap open = gaps.stream().filter(g -> CLAUSE_2011.equals(g.clause()) && !"implemented".equals(g.status())).findFirst().orElse(null);
        return TemplateModelFactory.map("gap", open == null ? null
                : TemplateModelFactory.map("clause", open.clause(), "status", open.status(), "note", open.note()));
    }
}
