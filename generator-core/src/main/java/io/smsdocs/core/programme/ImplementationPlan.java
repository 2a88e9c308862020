package io.smsdocs.core.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The computed implementation plan.
 *
 * @param start                    the first working day (a weekend start rolls to Monday)
 * @param end                      the last working day of the last scheduled activity
 * @param activities               every activity in scheduling order, dropped ones last with null dates
 * @param conflicts                fixed dates the plan cannot keep, e.g. an audit date before its prerequisites end
 * @param owners                   each owner's load, most effort first
 * @param endWithoutCapacityLimits when the same activities would end if every owner had unlimited time
 */
public record ImplementationPlan(String edition, LocalDate start, LocalDate end, List<ScheduledActivity> activities,
                                 List<Milestone> milestones, CapabilityProfile capability, List<DateConflict> conflicts,
                                 List<OwnerLoad> owners, LocalDate endWithoutCapacityLimits) {

    public ImplementationPlan {
        activities = List.copyOf(activities);
        milestones = List.copyOf(milestones);
        conflicts = List.copyOf(conflicts);
        owners = List.copyOf(owners);
    }

    /** The conflicts as plain sentences. */
    public List<String> warnings() {
        return conflicts.stream().map(DateConflict::text).toList();
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

    public Optional<OwnerLoad> owner(String role) {
        return owners.stream().filter(o -> o.role().equals(role)).findFirst();
    }
}
