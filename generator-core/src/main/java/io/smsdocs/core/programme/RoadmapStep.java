package io.smsdocs.core.programme;

import java.time.LocalDate;

/**
 * One dated step of the certification roadmap.
 *
 * @param given true when the date came from the input rather than a rule
 * @param rule  why the step falls on this date, in one sentence
 */
public record RoadmapStep(Kind kind, String title, LocalDate date, boolean given, String rule) {

    /** The steps of an initial certification cycle (reference, section 6), in order. */
    public enum Kind {
        APPLICATION, APPLICATION_REVIEW, AUDIT_PLANNING, STAGE_1, STAGE_2, NONCONFORMITY_VERIFICATION,
        CERTIFICATION_DECISION, SURVEILLANCE_1, SURVEILLANCE_2, RECERTIFICATION, EXPIRY
    }
}
