package io.smsdocs.core.plan;

import java.util.List;
import java.util.Optional;

/** The ordered document set for one descriptor and edition. */
public record DocumentPlan(String edition, List<PlannedDocument> documents) {

    public DocumentPlan {
        documents = List.copyOf(documents);
    }

    public Optional<PlannedDocument> find(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
