package io.smsdocs.core.descriptor.model;

import java.time.LocalDate;
import java.util.List;

/** Control data of one document that differs from the defaults; null fields keep the default. */
public record DocumentOverride(String version, String status, String owner, String approver, String classification,
                               LocalDate effectiveDate, List<Revision> revisions) {

    public DocumentOverride {
        revisions = List.copyOf(revisions);
    }
}
