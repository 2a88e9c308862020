package io.smsdocs.core.plan;

import io.smsdocs.core.descriptor.model.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * A document's control block after applying descriptor defaults and its override. Dates may be null (draft).
 *
 * @param plannedApproval for a draft, the day the implementation plan finishes the work on its subject; null when
 *                        the plan has no such day or the document is approved
 */
public record ControlData(String version, String status, String owner, String approver, String classification,
                          LocalDate effectiveDate, LocalDate nextReview, List<Revision> revisions, LocalDate plannedApproval) {

    public ControlData {
        revisions = List.copyOf(revisions);
    }

    /** A draft has no effective date: it takes effect on approval. */
    public boolean draft() {
        return effectiveDate == null;
    }
}
