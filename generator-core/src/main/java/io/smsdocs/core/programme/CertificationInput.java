package io.smsdocs.core.programme;

import java.time.LocalDate;
import java.util.Map;

/**
 * What is already known about the certification: agreed or held dates (each may be null), whether the
 * first internal audit and management review have been done, and the roadmap steps that have taken place.
 *
 * @param completed the date each step of the roadmap took place, for the steps that have
 */
public record CertificationInput(LocalDate internalAudit, LocalDate managementReview, LocalDate stage1,
                                 LocalDate stage2, LocalDate decision, boolean internalAuditDone,
                                 boolean managementReviewDone, Map<RoadmapStep.Kind, LocalDate> completed) {

    public static final CertificationInput NONE = new CertificationInput(null, null, null, null, null, false, false);

    public CertificationInput {
        completed = completed == null ? Map.of() : Map.copyOf(completed);
    }

    public CertificationInput(LocalDate internalAudit, LocalDate managementReview, LocalDate stage1, LocalDate stage2,
                              LocalDate decision, boolean internalAuditDone, boolean managementReviewDone) {
        this(internalAudit, managementReview, stage1, stage2, decision, internalAuditDone, managementReviewDone, null);
    }

    public CertificationInput withCompleted(Map<RoadmapStep.Kind, LocalDate> value) {
        return new CertificationInput(internalAudit, managementReview, stage1, stage2, decision, internalAuditDone,
                managementReviewDone, value);
    }

    /** The contract with the certification body exists once its review of the application, or any later step, took place. */
    public boolean contracted() {
        return completed.keySet().stream().anyMatch(k -> k.ordinal() >= RoadmapStep.Kind.APPLICATION_REVIEW.ordinal());
    }
}
