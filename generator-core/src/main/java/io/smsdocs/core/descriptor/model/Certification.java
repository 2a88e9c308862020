package io.smsdocs.core.descriptor.model;

import java.time.LocalDate;

/**
 * Certification planning; every field may be null. A date of the first internal audit or management
 * review says it has taken (or will take) place then; the booleans say it has taken place without a date.
 */
public record Certification(String body, LocalDate stage1, LocalDate stage2, LocalDate decision, LocalDate internalAudit,
                            LocalDate managementReview, boolean internalAuditDone, boolean managementReviewDone) {

    public Certification(String body, LocalDate stage1, LocalDate stage2) {
        this(body, stage1, stage2, null, null, null, false, false);
    }
}
