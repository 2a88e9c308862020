package io.smsdocs.core.plan;

import io.smsdocs.core.decision.OpenDecision;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.programme.Programme;

import java.util.List;
import java.util.Optional;

/**
 * The ordered document set for one descriptor and edition, with the implementation programme computed
 * for it, what planning found worth a warning (e.g. a pinned audit date before its prerequisites end), and the
 * decisions the descriptor leaves open.
 */
public record DocumentPlan(String edition, List<PlannedDocument> documents, Programme programme, List<Problem> warnings,
                           List<OpenDecision> openDecisions) {

    public DocumentPlan {
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
        openDecisions = List.copyOf(openDecisions);
    }

    public DocumentPlan(String edition, List<PlannedDocument> documents, Programme programme, List<Problem> warnings) {
        this(edition, documents, programme, warnings, List.of());
    }

    public Optional<PlannedDocument> find(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
