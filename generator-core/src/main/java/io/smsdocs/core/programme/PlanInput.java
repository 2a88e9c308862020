package io.smsdocs.core.programme;

import io.smsdocs.core.descriptor.model.Role;

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
 * @param symbolicOwners the role that fills each part the catalogue names an owner by ({@code top-management},
 *                       {@code sms-manager}); a part without an entry is taken as a role id itself
 * @param capacities     percent of each role's working day available for the plan; a role without an entry
 *                       has {@link Role#DEFAULT_CAPACITY}
 */
public record PlanInput(LocalDate start, String edition, Map<String, GapStatus> gapsByClause,
                        Map<String, ActivityOverride> overrides, List<ProcessAssessment> assessments,
                        CertificationInput certification, Function<String, String> ownerOfProcess,
                        Set<LocalDate> holidays, Map<String, String> symbolicOwners, Map<String, Integer> capacities) {

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
        symbolicOwners = symbolicOwners == null ? Map.of() : Map.copyOf(symbolicOwners);
        capacities = capacities == null ? Map.of() : Map.copyOf(capacities);
    }

    public PlanInput(LocalDate start, String edition, Map<String, GapStatus> gapsByClause,
                     Map<String, ActivityOverride> overrides, List<ProcessAssessment> assessments,
                     CertificationInput certification, Function<String, String> ownerOfProcess, Set<LocalDate> holidays) {
        this(start, edition, gapsByClause, overrides, assessments, certification, ownerOfProcess, holidays, null, null);
    }

    /** A plan with no gap results, overrides, assessments or certification dates. */
    public static PlanInput of(LocalDate start, String edition) {
        return new PlanInput(start, edition, null, null, null, null, null, null);
    }

    /** The role that fills a part the catalogue names, or the id itself when it is a role. */
    public String roleOf(String owner) {
        return symbolicOwners.getOrDefault(owner, owner);
    }

    /** Percent of the role's working day available for the plan. */
    public int capacityOf(String role) {
        return capacities.getOrDefault(role, Role.DEFAULT_CAPACITY);
    }

    public PlanInput withGaps(Map<String, GapStatus> gaps) {
        return new PlanInput(start, edition, gaps, overrides, assessments, certification, ownerOfProcess, holidays, symbolicOwners, capacities);
    }

    public PlanInput withOverrides(Map<String, ActivityOverride> value) {
        return new PlanInput(start, edition, gapsByClause, value, assessments, certification, ownerOfProcess, holidays, symbolicOwners, capacities);
    }

    public PlanInput withAssessments(List<ProcessAssessment> value) {
        return new PlanInput(start, edition, gapsByClause, overrides, value, certification, ownerOfProcess, holidays, symbolicOwners, capacities);
    }

    public PlanInput withCertification(CertificationInput value) {
        return new PlanInput(start, edition, gapsByClause, overrides, assessments, value, ownerOfProcess, holidays, symbolicOwners, capacities);
    }

    public PlanInput withOwnerOfProcess(Function<String, String> value) {
        return new PlanInput(start, edition, gapsByClause, overrides, assessments, certification, value, holidays, symbolicOwners, capacities);
    }

    public PlanInput withHolidays(Set<LocalDate> value) {
        return new PlanInput(start, edition, gapsByClause, overrides, assessments, certification, ownerOfProcess, value, symbolicOwners, capacities);
    }

    public PlanInput withSymbolicOwners(Map<String, String> value) {
        return new PlanInput(start, edition, gapsByClause, overrides, assessments, certification, ownerOfProcess, holidays, value, capacities);
    }

    public PlanInput withCapacities(Map<String, Integer> value) {
        return new PlanInput(start, edition, gapsByClause, overrides, assessments, certification, ownerOfProcess, holidays, symbolicOwners, value);
    }
}
