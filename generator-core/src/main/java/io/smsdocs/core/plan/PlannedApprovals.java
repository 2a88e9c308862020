package io.smsdocs.core.plan;

import io.smsdocs.core.programme.ClauseStatuses;
import io.smsdocs.core.programme.GapStatus;
import io.smsdocs.core.programme.ImplementationPlan;
import io.smsdocs.core.programme.ScheduledActivity;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When the implementation plan lets a document be approved, and whether its subject is still missing.
 *
 * <p>A document can be approved once the work on every clause it cites is done: for each cited clause that the
 * gap assessment does not rate implemented, the first activity of the plan that builds it (the clause itself, a
 * sub-clause or its parent clause) must have ended. The planned approval is the latest of those ends. Its subject
 * is missing when the gap assessment rates a cited clause, or the nearest rated clause above it, missing.
 */
final class PlannedApprovals {

    private final List<ScheduledActivity> scheduled;
    private final ClauseStatuses statuses;

    PlannedApprovals(ImplementationPlan plan, ClauseStatuses statuses) {
        this.scheduled = plan.scheduled().stream().sorted(Comparator.comparing(ScheduledActivity::end)).toList();
        this.statuses = statuses;
    }

    /** The day the last of the work on the document's clauses ends; empty when none is left. */
    Optional<LocalDate> approvalOf(List<String> clauses) {
        LocalDate latest = null;
        for (String clause : clauses) {
            if (statuses.of(clause) == GapStatus.IMPLEMENTED) {
                continue;
            }
            Optional<LocalDate> end = scheduled.stream().filter(a -> builds(a, clause)).findFirst().map(ScheduledActivity::end);
            if (end.isPresent() && (latest == null || end.get().isAfter(latest))) {
                latest = end.get();
            }
        }
        return Optional.ofNullable(latest);
    }

    /** Whether the gap assessment rates one of the clauses missing. */
    boolean subjectMissing(List<String> clauses) {
        return clauses.stream().anyMatch(c -> statuses.assessed(c).orElse(null) == GapStatus.MISSING);
    }

    private static boolean builds(ScheduledActivity activity, String clause) {
        return activity.clauses().stream().anyMatch(a -> a.equals(clause) || a.startsWith(clause + ".") || clause.startsWith(a + "."));
    }
}
