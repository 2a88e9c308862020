package io.smsdocs.core.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything the implementation plan is computed from, decoupled from the descriptor model.
 *
 * @param edition        "2018" or "2011"
 * @param gapsByClause   assessed clauses; unassessed clauses inherit from their nearest assessed parent
 * @param overrides      per activity id
 * @param ownerOfProcess maps a process id to the role that owns it (null result: the SMS manager)
 * @param holidays       non-working days besides weekends
 */
public record PlanInput(LocalDate start, String edition, Map<String, GapStatus> gapsByClause,
                        Map<String, ActivityOverride> overrides, List<ProcessAssessment> assessments,
                        CertificationInput certification, Function<String, String> ownerOfProcess,
                        Set<LocalDate> holidays) {

    public PlanInput {
        Objects.requireNonNull(start, "start");
        if (!"2018".equals(edition) && !"2011".equals(edition)) {
            throw new IllegalArgumentException("edition must be 2018 or 2011, was " + edition);
        }
        gapsByClause = gapsByClause == null ? Map.of() : Map.copyOf(gapsByClause);
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
        certification = certification == null ? CertificationInput.NONE : certification;
        ownerOfProcess = ownerOfProcess == null ? id -> null : ownerOfProcess;
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    }

    /** A plan with no gap results, overrides, assessments or certification dates. */
    public static PlanInput of(LocalDate start, String edition) {
        return new PlanInput(start, edition, null, null, null, null, null, null);
    }

    public PlanInput withGaps(Map<String, GapStatus> gaps) {
        return new PlanInput(start, edition, gaps, overrides, assessments, certification, ownerOfProcess, holidays);
    }

    public PlanInput withOverrides(Map<String, ActivityOverride> value) {
        return new PlanInput(start, edition, gapsByClause, value, assessments, certification, ownerOfProcess, holidays);
    }

    public PlanInput withAssessments(List<ProcessAssessment> value) {
        return new PlanInput(start, edition, gapsByClause, overrides, value, certification, ownerOfProcess, holidays);
    }

    public PlanInput withCertification(CertificationInput value) {
        return new PlanInput(start, edition, gapsByClause, overrides, assessments, value, ownerOfProcess, holidays);
    }

    public PlanInput withOwnerOfProcess(Function<String, String> value) {
        return new PlanInput(start, edition, gapsByClause, overrides, assessments, certification, value, holidays);
    }

    public PlanInput withHolidays(Set<LocalDate> value) {
        return new PlanInput(start, edition, gapsByClause, overrides, assessments, certification, ownerOfProcess, value);
    }
}
