package io.smsdocs.core.programme;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resource levelling: no owner carries more than their capacity on any working day, dependencies and lags still
 * hold, durations follow the capacity, and the same input always gives the same dates.
 */
class CapacityLevellingTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    /** One capacity per owner, as a descriptor gives it, from the least a role may give to full time. */
    private static final Map<String, Integer> CAPACITY = Map.of("a", 50, "b", 30, "c", 100, "d", 5);
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(Set.of(LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21)));

    @Example
    void anActivityAtHalfCapacitySpansTwiceItsEffort() {
        Map<String, Scheduler.Dates> dates = schedule(List.of(task("A", 5, List.of(), "lead", 50)));
        assertThat(dates.get("A").start()).isEqualTo(MONDAY);
        assertThat(dates.get("A").end()).isEqualTo(MONDAY.plusDays(11)); // 10 working days: two weeks
        assertThat(new Scheduler.Task("B", 3, 0, List.of(), null, "lead", 40).durationDays()).isEqualTo(8); // 7.5 rounded up
    }

    @Example
    void oneOwnerDoesReadyActivitiesOneAfterTheOtherInInputOrder() {
        Map<String, Scheduler.Dates> dates = schedule(List.of(
                task("A", 2, List.of(), "lead", 100), task("B", 2, List.of(), "lead", 100), task("C", 2, List.of(), "other", 100)));
        assertThat(dates.get("A").start()).isEqualTo(MONDAY);
        assertThat(dates.get("B").start()).isEqualTo(MONDAY.plusDays(2)).isAfter(dates.get("A").end());
        assertThat(dates.get("B").ready()).isEqualTo(MONDAY); // it could have started, but its owner was busy
        assertThat(dates.get("C").start()).as("another owner works in parallel").isEqualTo(MONDAY);
    }

    @Example
    void aPinnedTaskIsBookedFirstAndTheOwnersOtherWorkGoesAroundIt() {
        LocalDate audit = MONDAY.plusDays(3); // Thursday
        Map<String, Scheduler.Dates> dates = schedule(List.of(
                task("work", 4, List.of(), "lead", 100), pinned("audit", 1, List.of(), audit, "lead", 100)));
        assertThat(dates.get("audit").start()).isEqualTo(audit);
        assertThat(dates.get("work").start()).as("four free days in a row only after the audit").isEqualTo(audit.plusDays(1));
    }

    @Example
    void twoFixedDatesOfOneOwnerOnTheSameDayMoveTheLaterOneAndSaySo() {
        LocalDate day = MONDAY.plusDays(70);
        PlanInput input = PlanInput.of(MONDAY, "2018").withSymbolicOwners(Map.of("sms-manager", "lead", "top-management", "lead"))
                .withCertification(new CertificationInput(day, day, null, null, null, false, false));
        ImplementationPlan plan = ImplementationPlanner.plan(input);
        assertThat(plan.activity("P3-02").orElseThrow().start()).isEqualTo(day);
        assertThat(plan.activity("P3-03").orElseThrow().start()).isAfter(plan.activity("P3-02").orElseThrow().end());
        assertThat(plan.conflicts()).filteredOn(c -> c.kind() == DateConflict.Kind.MOVED).singleElement().satisfies(c -> {
            assertThat(c.activityId()).isEqualTo("P3-03");
            assertThat(c.milestone()).isEqualTo(MilestoneKind.FIRST_MANAGEMENT_REVIEW);
            assertThat(c.given()).isEqualTo(day);
            assertThat(c.capacityOwners()).containsExactly("lead");
            assertThat(c.text()).isEqualTo("P3-03 First management review moves from 2025-05-12 to "
                    + plan.activity("P3-03").orElseThrow().start() + ", because its owner is busy with another fixed date");
        });
    }

    @Example
    void aFixedInternalAuditKeepsItsDaysFreeOfTheOwnersOtherWork() {
        LocalDate day = MONDAY.plusDays(7);
        PlanInput input = PlanInput.of(MONDAY, "2018").withCapacities(Map.of("sms-manager", 100))
                .withCertification(new CertificationInput(day, null, null, null, null, false, false));
        ImplementationPlan plan = ImplementationPlanner.plan(input);
        // The internal audit (P3-02) is pinned; nothing else of the SMS manager may use its days.
        ScheduledActivity audit = plan.activity("P3-02").orElseThrow();
        assertThat(audit.start()).isEqualTo(day);
        plan.scheduled().stream().filter(a -> a.ownerRole().equals("sms-manager") && a != audit)
                .forEach(a -> assertThat(a.end().isBefore(audit.start()) || a.start().isAfter(audit.end())).as(a.id()).isTrue());
    }

    @Example
    void aPinnedDateTheWorkMissesOnlyBecauseOfCapacityNamesTheBusiestOwner() {
        PlanInput fullTime = PlanInput.of(MONDAY, "2018").withSymbolicOwners(Map.of("sms-manager", "lead", "top-management", "board"))
                .withCapacities(Map.of("lead", 100, "board", 100));
        LocalDate stage1 = ImplementationPlanner.plan(fullTime).activity("P3-05").orElseThrow().end().plusDays(14);
        CertificationInput fixed = new CertificationInput(null, null, stage1, null, null, false, false);

        ImplementationPlan roomy = ImplementationPlanner.plan(fullTime.withCertification(fixed));
        ImplementationPlan tight = ImplementationPlanner.plan(fullTime.withCapacities(Map.of("lead", 30, "board", 100)).withCertification(fixed));

        assertThat(tight.conflicts()).isNotEmpty();
        DateConflict conflict = tight.conflicts().get(0);
        assertThat(conflict.kind()).isEqualTo(DateConflict.Kind.MISSED);
        assertThat(conflict.milestone()).isEqualTo(MilestoneKind.STAGE_1);
        assertThat(conflict.start()).isEqualTo(stage1);
        assertThat(conflict.causedByCapacity()).isTrue();
        assertThat(conflict.capacityOwners()).first().isEqualTo("lead");
        assertThat(tight.activity("POST-01").orElseThrow().start()).as("the agreed date is kept").isEqualTo(stage1);
        assertThat(roomy.conflicts()).as("full time, the work ends before the audit").isEmpty();
    }

    @Example
    void aConflictThePlanWithoutLimitsHasTooIsNotBlamedOnCapacity() {
        CertificationInput tooEarly = new CertificationInput(null, null, MONDAY.plusDays(30), null, null, false, false);
        ImplementationPlan plan = ImplementationPlanner.plan(PlanInput.of(MONDAY, "2018").withCertification(tooEarly));
        assertThat(plan.conflicts()).isNotEmpty().allMatch(c -> !c.causedByCapacity());
        assertThat(plan.warnings()).first().asString().startsWith("POST-01 Stage 1 certification audit starts on 2025-04-02, before P3-05 ends on ");
    }

    @Example
    void ownerLoadsAddUpToThePlanAndNeverPassTheCapacity() {
        PlanInput input = PlanInput.of(MONDAY, "2018").withCapacities(Map.of("sms-manager", 80, "top-management", 20));
        ImplementationPlan plan = ImplementationPlanner.plan(input);
        assertThat(plan.owners()).extracting(OwnerLoad::role).startsWith("sms-manager");
        assertThat(plan.owners().stream().mapToInt(OwnerLoad::effortDays).sum())
                .isEqualTo(plan.scheduled().stream().mapToInt(ScheduledActivity::effortDays).sum());
        OwnerLoad manager = plan.owner("sms-manager").orElseThrow();
        assertThat(manager.capacityPercent()).isEqualTo(80);
        assertThat(manager.peakLoadPercent()).isLessThanOrEqualTo(80).isGreaterThan(70);
        assertThat(manager.busyDays()).isGreaterThanOrEqualTo(manager.effortDays() * 100 / 80);
        assertThat(plan.owner("top-management").orElseThrow().peakLoadPercent()).isLessThanOrEqualTo(20);
        assertThat(plan.end()).isAfter(plan.endWithoutCapacityLimits());
    }

    @Property(tries = 200, seed = "20261203")
    void noOwnerIsOverCapacityAndDependenciesHold(@ForAll("graphs") List<Scheduler.Task> tasks) {
        Map<String, Scheduler.Dates> dates = schedule(tasks);
        Map<String, Scheduler.Task> byId = new HashMap<>();
        tasks.forEach(t -> byId.put(t.id(), t));

        // Exact arithmetic: per owner and day, the sum of effort/duration of the tasks on it is at most capacity/100.
        Map<String, Map<LocalDate, List<Scheduler.Task>>> onDay = new HashMap<>();
        for (Scheduler.Task task : tasks) {
            Scheduler.Dates d = dates.get(task.id());
            assertThat(CALENDAR.isWorkingDay(d.start())).isTrue();
            assertThat(CALENDAR.isWorkingDay(d.end())).isTrue();
            assertThat(CALENDAR.workingDaysBetween(d.start(), CALENDAR.after(d.end()))).as(task.id() + " spans its duration")
                    .isEqualTo(task.durationDays());
            for (LocalDate day = d.start(); !day.isAfter(d.end()); day = CALENDAR.after(day)) {
                onDay.computeIfAbsent(task.owner(), k -> new HashMap<>()).computeIfAbsent(day, k -> new ArrayList<>()).add(task);
            }
            if (task.pinnedStart() == null) {
                for (String dependency : task.dependsOn()) {
                    LocalDate earliest = CALENDAR.plus(CALENDAR.after(dates.get(dependency).end()), task.lagDays());
                    assertThat(d.start()).as(task.id() + " after " + dependency).isAfterOrEqualTo(earliest);
                }
            }
        }
        onDay.forEach((owner, days) -> days.forEach((day, list) -> {
            int capacity = list.get(0).capacityPercent();
            // sum(e_i / d_i) <= c / 100  <=>  100 * sum(e_i * prod_{j!=i} d_j) <= c * prod d_j
            BigInteger product = BigInteger.ONE;
            for (Scheduler.Task t : list) {
                product = product.multiply(BigInteger.valueOf(t.durationDays()));
            }
            BigInteger load = BigInteger.ZERO;
            for (Scheduler.Task t : list) {
                load = load.add(BigInteger.valueOf(t.effortDays()).multiply(product.divide(BigInteger.valueOf(t.durationDays()))));
            }
            assertThat(load.multiply(BigInteger.valueOf(100))).as(owner + " on " + day)
                    .isLessThanOrEqualTo(product.multiply(BigInteger.valueOf(capacity)));
        }));
        assertThat(schedule(tasks)).as("deterministic").isEqualTo(dates);
    }

    @Property(tries = 40, seed = "20261203")
    void theRealPlanKeepsEveryOwnerWithinCapacity(@ForAll("capacities") Map<String, Integer> capacities,
                                                 @ForAll("gaps") Map<String, GapStatus> gaps) {
        PlanInput input = PlanInput.of(MONDAY, "2018").withGaps(gaps).withCapacities(capacities)
                .withOwnerOfProcess(p -> p.startsWith("service") ? "service-lead" : p.startsWith("c") ? "change-lead" : null);
        ImplementationPlan plan = ImplementationPlanner.plan(input);
        Map<String, Map<LocalDate, Double>> load = new HashMap<>();
        for (ScheduledActivity a : plan.scheduled()) {
            for (LocalDate day = a.start(); !day.isAfter(a.end()); day = CALENDAR.after(day)) {
                load.computeIfAbsent(a.ownerRole(), k -> new HashMap<>()).merge(day, a.dailyLoadPercent(), Double::sum);
            }
            for (String dependency : a.dependsOn()) {
                assertThat(a.start()).as(a.id() + " after " + dependency).isAfter(plan.activity(dependency).orElseThrow().end());
            }
        }
        load.forEach((owner, days) -> days.values().forEach(percent ->
                assertThat(percent).as(owner).isLessThanOrEqualTo(input.capacityOf(owner) + 1e-9)));
        assertThat(ImplementationPlanner.plan(input)).as("deterministic").isEqualTo(plan);
    }

    @Provide
    Arbitrary<List<Scheduler.Task>> graphs() {
        Arbitrary<Integer> size = Arbitraries.integers().between(1, 14);
        return size.flatMap(n -> {
            List<Arbitrary<Scheduler.Task>> tasks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Arbitrary<List<String>> deps = index == 0 ? Arbitraries.just(List.of())
                        : Arbitraries.integers().between(0, index - 1).set().ofMaxSize(3).map(s -> s.stream().sorted().map(j -> "T" + j).toList());
                Arbitrary<LocalDate> pin = Arbitraries.integers().between(0, 60).injectNull(0.85).map(d -> d == null ? null : MONDAY.plusDays(d));
                tasks.add(Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(0, 3), deps, pin,
                        Arbitraries.of("a", "b", "c", "d"))
                        .as((effort, lag, dependsOn, pinned, owner) -> new Scheduler.Task("T" + index, effort, lag,
                                pinned == null ? dependsOn : List.of(), pinned, owner, CAPACITY.get(owner))));
            }
            return Combinators.combine(tasks).as(list -> list);
        });
    }

    @Provide
    Arbitrary<Map<String, Integer>> capacities() {
        return Arbitraries.maps(Arbitraries.of("sms-manager", "top-management", "service-lead", "change-lead"),
                Arbitraries.integers().between(5, 100)).ofMaxSize(4);
    }

    @Provide
    Arbitrary<Map<String, GapStatus>> gaps() {
        return Arbitraries.maps(Arbitraries.of("4.1", "5", "6.1", "7.5", "8.2.6", "8.5.1", "8.6", "8.7.3", "9.2", "10"),
                Arbitraries.of(GapStatus.class)).ofMaxSize(6);
    }

    private static Map<String, Scheduler.Dates> schedule(List<Scheduler.Task> tasks) {
        return new Scheduler(CALENDAR).schedule(MONDAY, tasks);
    }

    private static Scheduler.Task task(String id, int effort, List<String> dependsOn, String owner, int capacity) {
        return new Scheduler.Task(id, effort, 0, dependsOn, null, owner, capacity);
    }

    private static Scheduler.Task pinned(String id, int effort, List<String> dependsOn, LocalDate date, String owner, int capacity) {
        return new Scheduler.Task(id, effort, 0, dependsOn, date, owner, capacity);
    }
}
