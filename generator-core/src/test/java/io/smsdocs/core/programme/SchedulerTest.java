package io.smsdocs.core.programme;

import io.smsdocs.core.standard.Activity;
import io.smsdocs.core.standard.Stage;
import io.smsdocs.core.standard.ActivityCatalogue;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchedulerTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21),
            LocalDate.of(2025, 5, 1), LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26));

    @Test
    void everyActivityStartsAfterAllItsDependenciesEnd() {
        ImplementationPlan plan = ImplementationPlanner.plan(PlanInput.of(MONDAY, "2018").withHolidays(HOLIDAYS));
        for (ScheduledActivity activity : plan.scheduled()) {
            for (String dependency : activity.dependsOn()) {
                assertThat(activity.start()).as(activity.id() + " after " + dependency)
                        .isAfter(plan.activity(dependency).orElseThrow().end());
            }
        }
    }

    @Test
    void nothingStartsOrEndsOnAWeekendOrHoliday() {
        ImplementationPlan plan = ImplementationPlanner.plan(PlanInput.of(MONDAY, "2018").withHolidays(HOLIDAYS));
        WorkingCalendar calendar = new WorkingCalendar(HOLIDAYS);
        for (ScheduledActivity activity : plan.scheduled()) {
            assertThat(calendar.isWorkingDay(activity.start())).as(activity.id() + " start").isTrue();
            assertThat(calendar.isWorkingDay(activity.end())).as(activity.id() + " end").isTrue();
        }
        assertThat(HOLIDAYS).allMatch(h -> plan.scheduled().stream().noneMatch(a -> a.start().equals(h)));
    }

    @Test
    void anActivitySpansItsEffortAtItsOwnersCapacity() {
        WorkingCalendar calendar = new WorkingCalendar(Set.of());
        ImplementationPlan plan = ImplementationPlanner.plan(PlanInput.of(MONDAY, "2018").withCapacities(Map.of("sms-manager", 100)));
        for (ScheduledActivity activity : plan.scheduled()) {
            int capacity = activity.ownerRole().equals("sms-manager") ? 100 : 50; // 50: the default share
            int span = (activity.effortDays() * 100 + capacity - 1) / capacity;
            assertThat(activity.durationDays()).as(activity.id()).isEqualTo(span);
            assertThat(activity.end()).as(activity.id()).isEqualTo(calendar.plus(activity.start(), span - 1));
        }
    }

    @Test
    void aWeekendStartRollsToMonday() {
        ImplementationPlan plan = ImplementationPlanner.plan(PlanInput.of(LocalDate.of(2025, 3, 1), "2018"));
        assertThat(plan.start()).isEqualTo(MONDAY);
        assertThat(plan.scheduled().get(0).start()).isEqualTo(MONDAY);
        assertThat(plan.scheduled().get(0).start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void aTaskSpanningAWeekendSkipsIt() {
        Map<String, Scheduler.Dates> dates = new Scheduler(new WorkingCalendar(Set.of())).schedule(
                LocalDate.of(2025, 3, 6), List.of(new Scheduler.Task("A", 3, 0, List.of(), null)));
        assertThat(dates.get("A").end()).isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void aCycleIsReportedWithTheActivitiesInIt() {
        List<Scheduler.Task> tasks = List.of(
                new Scheduler.Task("A", 1, 0, List.of(), null),
                new Scheduler.Task("B", 1, 0, List.of("A", "D"), null),
                new Scheduler.Task("C", 1, 0, List.of("B"), null),
                new Scheduler.Task("D", 1, 0, List.of("C"), null));
        assertThatThrownBy(() -> new Scheduler(new WorkingCalendar(Set.of())).schedule(MONDAY, tasks))
                .isInstanceOf(DependencyCycleException.class)
                .hasMessageContaining("B -> C -> D -> B")
                .satisfies(e -> assertThat(((DependencyCycleException) e).cycle())
                        .containsExactly("B", "C", "D", "B"));
    }

    @Test
    void aCycleInACatalogueIsReportedByThePlanner() {
        ActivityCatalogue cyclic = ActivityCatalogue.of(List.of(
                activity("X-01", List.of("X-02")), activity("X-02", List.of("X-01"))));
        assertThatThrownBy(() -> ImplementationPlanner.plan(PlanInput.of(MONDAY, "2018"), cyclic))
                .isInstanceOf(DependencyCycleException.class)
                .hasMessageContaining("X-01").hasMessageContaining("X-02");
    }

    @Test
    void readyActivitiesKeepCatalogueOrder() {
        List<Scheduler.Task> tasks = List.of(
                new Scheduler.Task("late", 1, 0, List.of("root"), null),
                new Scheduler.Task("root", 1, 0, List.of(), null),
                new Scheduler.Task("early", 1, 0, List.of(), null));
        assertThat(Scheduler.order(tasks)).containsExactly("root", "late", "early");
    }

    @Test
    void lagWaitsWorkingDaysAfterTheDependency() {
        Map<String, Scheduler.Dates> dates = new Scheduler(new WorkingCalendar(Set.of())).schedule(MONDAY, List.of(
                new Scheduler.Task("A", 1, 0, List.of(), null),
                new Scheduler.Task("B", 1, 5, List.of("A"), null)));
        assertThat(dates.get("B").start()).isEqualTo(MONDAY.plusDays(8)); // Tuesday + 5 working days
    }

    private static Activity activity(String id, List<String> dependsOn) {
        return new Activity(id, Stage.PHASE_1, id, Map.of("2018", List.of("5.1")), "sms-manager", 1, 0, dependsOn, false);
    }
}
