package io.smsdocs.core.plan;

import io.smsdocs.core.descriptor.model.Revision;

import java.time.LocalDate;
import java.util.List;

/** A document's control block after applying descriptor defaults and its override. Dates may be null (draft). */
public record ControlData(String version, String status, String owner, String approver, String classification,
                          LocalDate effectiveDate, LocalDate nextReview, List<Revision> revisions) {

    public ControlData {
        revisions = List.copyOf(revisions);
    }
}
