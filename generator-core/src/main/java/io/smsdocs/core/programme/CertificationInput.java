package io.smsdocs.core.programme;

import java.time.LocalDate;

/**
 * What is already known about the certification: agreed or held dates (each may be null) and whether the
 * first internal audit and management review have been done.
 */
public record CertificationInput(LocalDate internalAudit, LocalDate managementReview, LocalDate stage1,
                                 LocalDate stage2, LocalDate decision, boolean internalAuditDone,
                                 boolean managementReviewDone) {

    public static final CertificationInput NONE = new CertificationInput(null, null, null, null, null, false, false);
}
