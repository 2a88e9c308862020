package io.smsdocs.core.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the fixed dates the plan cannot keep, and whether owner capacity is the cause: a conflict is caused
 * by capacity when the same plan without capacity limits does not have it. The roles named are those that
 * lose days (waiting for their owner, or spread over more days) on the chain of work that ends too late.
 */
final class DateConflicts {

    private final Map<String, ScheduledActivity> activities = new LinkedHashMap<>();
    private final Map<String, Scheduler.Dates> levelled;
    private final Map<String, Scheduler.Dates> unlimited;
    private final Map<String, LocalDate> pinned;
    private final WorkingCalendar calendar;

    DateConflicts(List<ScheduledActivity> activities, Map<String, Scheduler.Dates> levelled,
                  Map<String, Scheduler.Dates> unlimited, Map<String, LocalDate> pinned, WorkingCalendar calendar) {
        activities.forEach(a -> this.activities.put(a.id(), a));
        this.levelled = levelled;
        this.unlimited = unlimited;
        this.pinned = pinned;
        this.calendar = calendar;
    }

    List<DateConflict> find() {
        List<DateConflict> conflicts = new ArrayList<>();
        for (ScheduledActivity activity : activities.values()) {
            if (activity.dropped()) {
                continue;
            }
            Scheduler.Dates dates = levelled.get(activity.id());
            MilestoneKind milestone = milestoneOf(activity.id());
            if (pinned.containsKey(activity.id()) && dates.start().isAfter(dates.ready())) {
                conflicts.add(new DateConflict(DateConflict.Kind.MOVED, activity.id(), activity.title(), milestone, dates.ready(),
                        dates.start(), null, null, List.of(activity.ownerRole())));
            }
            for (String dependency : activity.dependsOn()) {
                Scheduler.Dates before = levelled.get(dependency);
                if (before != null && !before.end().isBefore(dates.start())) {
                    Scheduler.Dates freeBefore = unlimited.get(dependency);
                    boolean sameWithoutLimits = freeBefore != null
                            && !freeBefore.end().isBefore(unlimited.get(activity.id()).start());
                    conflicts.add(new DateConflict(DateConflict.Kind.MISSED, activity.id(), activity.title(), milestone,
                            dates.ready(), dates.start(), dependency, before.end(),
                            sameWithoutLimits ? List.of() : ownersLosingDays(dependency)));
                }
            }
        }
        return conflicts;
    }

    /** Walks back from the late activity along the dependency that ended last, adding up the days each owner lost. */
    private List<String> ownersLosingDays(String from) {
        Map<String, Integer> lost = new LinkedHashMap<>();
        Set<String> visited = new HashSet<>();
        String current = from;
        while (current != null && visited.add(current)) {
            ScheduledActivity activity = activities.get(current);
            Scheduler.Dates dates = levelled.get(current);
            int waited = calendar.workingDaysBetween(dates.ready(), dates.start());
            int spread = activity.durationDays() - activity.effortDays();
            if (waited + spread > 0) {
                lost.merge(activity.ownerRole(), waited + spread, Integer::sum);
            }
            current = pinned.containsKey(current) ? null : activity.dependsOn().stream()
                    .filter(levelled::containsKey)
                    .max(Comparator.comparing((String id) -> levelled.get(id).end())).orElse(null);
        }
        return lost.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    private static MilestoneKind milestoneOf(String activityId) {
        for (MilestoneKind kind : MilestoneKind.values()) {
            if (kind.activityId().equals(activityId) && kind != MilestoneKind.CERTIFICATION_DECISION) {
                return kind;
            }
        }
        return null;
    }
}
