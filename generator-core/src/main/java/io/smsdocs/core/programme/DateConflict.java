package io.smsdocs.core.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * A date fixed from outside (an agreed audit date) that the plan cannot keep.
 *
 * @param milestone      the milestone the activity starts, or null
 * @param given          the fixed date, on a working day
 * @param dependency     for {@link Kind#MISSED}: the prerequisite that ends too late; null otherwise
 * @param capacityOwners the roles whose capacity causes the conflict, most days lost first; empty when the plan
 *                       without capacity limits has the same conflict
 */
public record DateConflict(Kind kind, String activityId, String activityTitle, MilestoneKind milestone, LocalDate given,
                           LocalDate start, String dependency, LocalDate dependencyEnd, List<String> capacityOwners) {

    public enum Kind {
        /** The activity keeps its date, but a prerequisite ends on or after it. */
        MISSED,
        /** Its owner is booked on the date by another fixed date, so the activity starts later. */
        MOVED
    }

    public DateConflict {
        capacityOwners = List.copyOf(capacityOwners);
    }

    public boolean causedByCapacity() {
        return !capacityOwners.isEmpty();
    }

    /** One sentence in English, e.g. "POST-01 Stage 1 certification audit starts on 2026-10-05, before P3-05 ends on 2026-10-09". */
    public String text() {
        return kind == Kind.MISSED
                ? activityId + " " + activityTitle + " starts on " + start + ", before " + dependency + " ends on " + dependencyEnd
                : activityId + " " + activityTitle + " moves from " + given + " to " + start
                        + ", because its owner is busy with another fixed date";
    }
}
