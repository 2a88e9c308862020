package io.smsdocs.core.programme;

import io.smsdocs.core.standard.Activity;
import io.smsdocs.core.standard.ActivityCatalogue;
import io.smsdocs.core.standard.ClauseCatalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entry point: computes the implementation plan from gap results, overrides and capability assessments.
 * Steps: capability actions become activities; gap results drop or shorten activities; overrides apply;
 * dropped activities are bypassed in the dependency graph; the rest is scheduled on working days within each
 * owner's capacity (see {@link Scheduler} for the levelling rule).
 */
public final class ImplementationPlanner {

    private ImplementationPlanner() {
    }

    public static ImplementationPlan plan(PlanInput input) {
        return plan(input, ActivityCatalogue.standard());
    }

    public static ImplementationPlan plan(PlanInput input, ActivityCatalogue baseCatalogue) {
        CapabilityProfile capability = CapabilityAssessor.assess(input.assessments());
        ActivityCatalogue catalogue = baseCatalogue.plus(CapabilityActivities.from(capability, baseCatalogue));
        checkOverrides(input.overrides(), catalogue);

        GapTriage triage = new GapTriage(
                new ClauseStatuses(ClauseCatalogue.forEdition(input.edition()), input.gapsByClause()), input.edition());
        Map<String, Reason> capabilityNeeds = capabilityNeeds(capability);
        Map<String, GapTriage.Decision> decisions = new LinkedHashMap<>();
        for (Activity activity : catalogue.activities()) {
            GapTriage.Decision decision = capabilityNeeds.containsKey(activity.id())
                    ? new GapTriage.Decision(Treatment.FULL, activity.effortDays(), capabilityNeeds.get(activity.id()))
                    : triage.decide(activity);
            decisions.put(activity.id(), withOverride(decision, input.overrides().get(activity.id())));
        }

        Map<String, List<String>> effectiveDependencies = bypassDropped(catalogue, decisions);
        WorkingCalendar calendar = new WorkingCalendar(input.holidays());
        Map<String, LocalDate> pinned = MilestonePlanner.pinnedStarts(input.certification());
        List<Scheduler.Task> tasks = new ArrayList<>();
        for (Activity activity : catalogue.activities()) {
            GapTriage.Decision decision = decisions.get(activity.id());
            if (decision.treatment() != Treatment.DROPPED) {
                String owner = OwnerRoles.resolve(activity, input);
                tasks.add(new Scheduler.Task(activity.id(), decision.effortDays(), activity.lagDays(),
                        effectiveDependencies.get(activity.id()), pinned.get(activity.id()), owner, input.capacityOf(owner)));
            }
        }
        Scheduler scheduler = new Scheduler(calendar);
        Map<String, Scheduler.Dates> dates = scheduler.schedule(input.start(), tasks);
        // The same work as if every owner had unlimited time: the yardstick for what capacity costs.
        Map<String, Scheduler.Dates> unlimited = scheduler.schedule(input.start(),
                tasks.stream().map(Scheduler.Task::unlimited).toList());

        List<ScheduledActivity> activities = new ArrayList<>();
        dates.forEach((id, d) -> activities.add(scheduled(catalogue.find(id).orElseThrow(), decisions.get(id),
                effectiveDependencies.get(id), d, calendar, input, capabilityNeeds.containsKey(id))));
        for (Activity activity : catalogue.activities()) {
            if (!dates.containsKey(activity.id())) {
                activities.add(scheduled(activity, decisions.get(activity.id()), List.of(), null, calendar, input, false));
            }
        }
        LocalDate start = calendar.onOrAfter(input.start());
        LocalDate end = latestEnd(dates, start);
        List<Milestone> milestones = MilestonePlanner.milestones(dates, input.certification());
        List<DateConflict> conflicts = new DateConflicts(activities, dates, unlimited, pinned, calendar).find();
        List<ScheduledActivity> scheduled = activities.stream().filter(a -> !a.dropped()).toList();
        return new ImplementationPlan(input.edition(), start, end, activities, milestones, capability, conflicts,
                OwnerLoads.of(scheduled, input, calendar), latestEnd(unlimited, start));
    }

    private static LocalDate latestEnd(Map<String, Scheduler.Dates> dates, LocalDate start) {
        return dates.values().stream().map(Scheduler.Dates::end).max(Comparator.naturalOrder()).orElse(start);
    }

    private static void checkOverrides(Map<String, ActivityOverride> overrides, ActivityCatalogue catalogue) {
        for (String id : new java.util.TreeSet<>(overrides.keySet())) {
            if (catalogue.find(id).isEmpty()) {
                throw new UnknownActivityException("override", id, NearestIds.to(id, catalogue.ids()));
            }
        }
    }

    private static GapTriage.Decision withOverride(GapTriage.Decision decision, ActivityOverride override) {
        if (override == null || override.effortDays() == null || decision.treatment() == Treatment.DROPPED) {
            return decision;
        }
        return new GapTriage.Decision(decision.treatment(), override.effortDays(),
                decision.reason().withEffortOverridden());
    }

    /** A dropped activity's dependants inherit its dependencies, transitively, so the order still holds. */
    private static Map<String, List<String>> bypassDropped(ActivityCatalogue catalogue,
                                                           Map<String, GapTriage.Decision> decisions) {
        Map<String, List<String>> effective = new LinkedHashMap<>();
        for (Activity activity : catalogue.activities()) {
            Set<String> result = new LinkedHashSet<>();
            collect(activity.dependsOn(), catalogue, decisions, result, new LinkedHashSet<>());
            effective.put(activity.id(), List.copyOf(result));
        }
        return effective;
    }

    private static void collect(List<String> dependsOn, ActivityCatalogue catalogue,
                                Map<String, GapTriage.Decision> decisions, Set<String> result, Set<String> visited) {
        for (String id : dependsOn) {
            GapTriage.Decision decision = decisions.get(id);
            if (decision == null || decision.treatment() != Treatment.DROPPED) {
                result.add(id); // unknown ids are reported by the scheduler with a did-you-mean hint
            } else if (visited.add(id)) {
                collect(catalogue.find(id).orElseThrow().dependsOn(), catalogue, decisions, result, visited);
            }
        }
    }

    private static ScheduledActivity scheduled(Activity activity, GapTriage.Decision decision, List<String> dependsOn,
                                               Scheduler.Dates dates, WorkingCalendar calendar, PlanInput input,
                                               boolean fromCapability) {
        return new ScheduledActivity(activity.id(), activity.stage(), activity.title(),
                activity.clauses(input.edition()), activity.owner(), OwnerRoles.resolve(activity, input),
                decision.effortDays(), activity.effortDays(), decision.treatment(), decision.reason(), dependsOn,
                dates == null ? null : dates.start(), dates == null ? null : dates.end(),
                dates == null ? 0 : calendar.workingDaysBetween(dates.start(), calendar.after(dates.end())), fromCapability);
    }

    private static Map<String, Reason> capabilityNeeds(CapabilityProfile profile) {
        Map<String, Reason> needs = new LinkedHashMap<>();
        profile.actions().forEach(a -> needs.put(a.activityId(), Reason.capability(a.level(), a.requirements())));
        return needs;
    }
}
