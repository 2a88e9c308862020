package io.smsdocs.core.plan;

import io.smsdocs.core.descriptor.model.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the approved releases of the docs repo (annotated git tags) say about each document: the rows of its
 * revision history, one per release at which its content changed, and where the working copy stands. A document
 * with hand-written revisions in the descriptor keeps those (it predates the repository).
 *
 * @param documents by document id; a document not listed has no history in git
 */
public record ReleaseHistory(Map<String, DocumentHistory> documents) {

    /** No repository, or no release yet: control data come from the descriptor alone. */
    public static final ReleaseHistory NONE = new ReleaseHistory(Map.of());

    public ReleaseHistory {
        documents = Map.copyOf(documents);
    }

    /**
     * @param version  the version of the working copy: the last approved one, or the next one while it is a draft
     * @param draft    whether the working copy changed since its last approved release (or is new)
     * @param approved the day its last approved version was approved; null when it was never approved
     * @param approvedIn the release (tag) that approved that version; null when it was never approved
     */
    public record DocumentHistory(String version, boolean draft, LocalDate approved, String approvedIn, List<Revision> revisions) {

        public DocumentHistory {
            revisions = List.copyOf(revisions);
        }
    }
}
