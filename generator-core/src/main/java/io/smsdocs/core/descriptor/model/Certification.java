package io.smsdocs.core.descriptor.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * Certification planning; every field may be null. A date of the first internal audit or management
 * review says it has taken (or will take) place then; the booleans say it has taken place without a date.
 *
 * @param completed the steps of the certification roadmap that have taken place, by step id
 *                  ({@code application}, {@code stage-1} ...), with the date each took place
 */
public record Certification(String body, LocalDate stage1, LocalDate stage2, LocalDate decision, LocalDate internalAudit,
                            LocalDate managementReview, boolean internalAuditDone, boolean managementReviewDone,
                            Map<String, LocalDate> completed) {

    public Certification {
        completed = completed == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(completed));
    }

    public Certification(String body, LocalDate stage1, LocalDate stage2, LocalDate decision, LocalDate internalAudit,
                         LocalDate managementReview, boolean internalAuditDone, boolean managementReviewDone) {
        this(body, stage1, stage2, decision, internalAudit, managementReview, internalAuditDone, managementReviewDone, null);
    }

    public Certification(String body, LocalDate stage1, LocalDate stage2) {
        this(body, stage1, stage2, null, null, null, false, false);
    }
}
