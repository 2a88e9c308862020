package io.smsdocs.core.programme;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * One dated step of the certification roadmap.
 *
 * @param given true when the date came from the input rather than a rule
 * @param rule  why the step falls on this date, in one sentence
 * @param done  the descriptor records that the step took place (on {@code date})
 */
public record RoadmapStep(Kind kind, String title, LocalDate date, boolean given, String rule, boolean done) {

    public RoadmapStep(Kind kind, String title, LocalDate date, boolean given, String rule) {
        this(kind, title, date, given, rule, false);
    }

    /** The steps of an initial certification cycle (reference, section 6), in order. */
    public enum Kind {
        APPLICATION, APPLICATION_REVIEW, AUDIT_PLANNING, STAGE_1, STAGE_2, NONCONFORMITY_VERIFICATION,
        CERTIFICATION_DECISION, SURVEILLANCE_1, SURVEILLANCE_2, RECERTIFICATION, EXPIRY;

        /** The key the descriptor records a step by: {@code application-review}, {@code stage-1}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** An expiry is not an event anyone performs, so it cannot be recorded as done. */
        public boolean recordable() {
            return this != EXPIRY;
        }

        /** Only held when a major nonconformity needs verifying, so later steps do not presuppose it. */
        public boolean optional() {
            return this == NONCONFORMITY_VERIFICATION;
        }

        public static Optional<Kind> byId(String id) {
            return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
        }
    }
}
