package io.smsdocs.core.plan;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.programme.Programme;

import java.util.List;
import java.util.Optional;

/**
 * The ordered document set for one descriptor and edition, with the implementation programme computed
 * for it and what planning found worth a warning (e.g. a pinned audit date before its prerequisites end).
 */
public record DocumentPlan(String edition, List<PlannedDocument> documents, Programme programme, List<Problem> warnings) {

    public DocumentPlan {
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
    }

    public Optional<PlannedDocument> find(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
