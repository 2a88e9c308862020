package io.smsdocs.core.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The computed implementation plan.
 *
 * @param start      the first working day (a weekend start rolls to Monday)
 * @param end        the last working day of the last scheduled activity
 * @param activities every activity in scheduling order, dropped ones last with null dates
 * @param warnings   plain sentences, e.g. a given audit date that comes before its prerequisites end
 */
public record ImplementationPlan(String edition, LocalDate start, LocalDate end, List<ScheduledActivity> activities,
                                 List<Milestone> milestones, CapabilityProfile capability, List<String> warnings) {

    public ImplementationPlan {
        activities = List.copyOf(activities);
        milestones = List.copyOf(milestones);
        warnings = List.copyOf(warnings);
    }

    /** The activities that are scheduled, in scheduling order. */
    public List<ScheduledActivity> scheduled() {
        return activities.stream().filter(a -> !a.dropped()).toList();
    }

    public List<ScheduledActivity> dropped() {
        return activities.stream().filter(ScheduledActivity::dropped).toList();
    }

    public Optional<ScheduledActivity> activity(String id) {
        return activities.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Milestone> milestone(MilestoneKind kind) {
        return milestones.stream().filter(m -> m.kind() == kind).findFirst();
    }
}
