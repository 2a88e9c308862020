package io.smsdocs.core.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Places tasks on working days in dependency order, within their owners' capacity. Among tasks that are ready
 * at the same time the one earlier in the input comes first, so the order is stable and readable.
 *
 * <p>Resource levelling, one rule: an owner works on one task at a time, spending their capacity share of each
 * working day on it, so a task spans its effort divided by that share, rounded up to whole working days (5 days
 * of effort at 50% span 10 working days) and its daily load never exceeds the capacity. Pinned tasks (an agreed
 * audit date) are booked first, on their date; every other task then takes, in dependency order, the first
 * working days after its dependencies end (and its lag) on which its owner is free for its whole span.
 */
public final class Scheduler {

    /**
     * One unit of work.
     *
     * @param pinnedStart     a date fixed from outside, e.g. an agreed audit date; may be null
     * @param owner           who does the work; null when no owner's capacity limits it
     * @param capacityPercent the owner's share of a working day available for it, 1-100
     */
    public record Task(String id, int effortDays, int lagDays, List<String> dependsOn, LocalDate pinnedStart, String owner,
                       int capacityPercent) {
        public Task {
            dependsOn = List.copyOf(dependsOn);
            if (capacityPercent < 1 || capacityPercent > 100) {
                throw new IllegalArgumentException(id + ": capacity must be 1-100%, was " + capacityPercent);
            }
        }

        /** A task no owner's capacity limits: it spans its effort and may run beside any other. */
        public Task(String id, int effortDays, int lagDays, List<String> dependsOn, LocalDate pinnedStart) {
            this(id, effortDays, lagDays, dependsOn, pinnedStart, null, 100);
        }

        /** Working days the task spans: its effort at the owner's share of each day, rounded up. */
        public int durationDays() {
            return Math.max(1, (effortDays * 100 + capacityPercent - 1) / capacityPercent);
        }

        /** The same task as if its owner had unlimited time: what the dates would be without levelling. */
        public Task unlimited() {
            return new Task(id, effortDays, lagDays, dependsOn, pinnedStart);
        }
    }

    /**
     * @param ready the first working day the task could start on by its dependencies alone (its pinned date when
     *              pinned); a later start means its owner was busy
     */
    public record Dates(LocalDate start, LocalDate end, LocalDate ready) {
    }

    private final WorkingCalendar calendar;

    public Scheduler(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** Start and end per task id, in scheduling order. */
    public Map<String, Dates> schedule(LocalDate projectStart, List<Task> tasks) {
        Map<String, Task> byId = new LinkedHashMap<>();
        tasks.forEach(t -> byId.put(t.id(), t));
        checkDependenciesExist(byId);
        List<String> order = order(tasks);
        LocalDate first = calendar.onOrAfter(projectStart);
        Bookings bookings = new Bookings();
        Map<String, Dates> placed = new HashMap<>();
        // Appointments first: the rest of the work is planned around them.
        for (Task task : tasks) {
            if (task.pinnedStart() != null) {
                LocalDate pinned = calendar.onOrAfter(task.pinnedStart());
                placed.put(task.id(), bookings.place(task, pinned));
            }
        }
        for (String id : order) {
            Task task = byId.get(id);
            if (task.pinnedStart() != null) {
                continue;
            }
            LocalDate ready = first;
            for (String dependency : task.dependsOn()) {
                LocalDate afterIt = calendar.plus(calendar.after(placed.get(dependency).end()), task.lagDays());
                ready = afterIt.isAfter(ready) ? afterIt : ready;
            }
            placed.put(id, bookings.place(task, ready));
        }
        Map<String, Dates> dates = new LinkedHashMap<>();
        order.forEach(id -> dates.put(id, placed.get(id)));
        return dates;
    }

    /** The working days each owner has already given to a task. */
    private final class Bookings {

        private final Map<String, Set<LocalDate>> busy = new HashMap<>();

        /** Books the task on the first span of working days from {@code ready} on which its owner is free. */
        Dates place(Task task, LocalDate ready) {
            Set<LocalDate> taken = task.owner() == null ? new HashSet<>() : busy.computeIfAbsent(task.owner(), k -> new HashSet<>());
            LocalDate start = ready;
            List<LocalDate> span = span(start, task.durationDays());
            for (LocalDate clash = firstTaken(span, taken); clash != null; clash = firstTaken(span, taken)) {
                start = calendar.after(clash);
                span = span(start, task.durationDays());
            }
            taken.addAll(span);
            return new Dates(start, span.get(span.size() - 1), ready);
        }

        private List<LocalDate> span(LocalDate start, int days) {
            List<LocalDate> span = new ArrayList<>(days);
            LocalDate day = calendar.onOrAfter(start);
            for (int i = 0; i < days; i++) {
                span.add(day);
                day = calendar.after(day);
            }
            return span;
        }

        /** The last day of the span the owner is already busy on, so the next try starts after it. */
        private static LocalDate firstTaken(List<LocalDate> span, Set<LocalDate> taken) {
            for (int i = span.size() - 1; i >= 0; i--) {
                if (taken.contains(span.get(i))) {
                    return span.get(i);
                }
            }
            return null;
        }
    }

    /** Kahn's algorithm, always taking the ready task that comes first in the input. */
    static List<String> order(List<Task> tasks) {
        Map<String, Integer> position = new HashMap<>();
        Map<String, Integer> waitingFor = new HashMap<>();
        Map<String, List<String>> dependants = new HashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            position.put(task.id(), i);
            waitingFor.put(task.id(), (int) task.dependsOn().stream().distinct().count());
            task.dependsOn().stream().distinct()
                    .forEach(d -> dependants.computeIfAbsent(d, k -> new ArrayList<>()).add(task.id()));
        }
        TreeSet<String> ready = new TreeSet<>((a, b) -> Integer.compare(position.get(a), position.get(b)));
        waitingFor.forEach((id, count) -> {
            if (count == 0) {
                ready.add(id);
            }
        });
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String id = ready.pollFirst();
            order.add(id);
            for (String dependant : dependants.getOrDefault(id, List.of())) {
                if (waitingFor.merge(dependant, -1, Integer::sum) == 0) {
                    ready.add(dependant);
                }
            }
        }
        if (order.size() < tasks.size()) {
            throw new DependencyCycleException(CycleFinder.find(tasks, order));
        }
        return order;
    }

    private static void checkDependenciesExist(Map<String, Task> byId) {
        for (Task task : byId.values()) {
            for (String dependency : task.dependsOn()) {
                if (!byId.containsKey(dependency)) {
                    throw new UnknownActivityException("dependency of " + task.id(), dependency,
                            NearestIds.to(dependency, byId.keySet()));
                }
            }
        }
    }
}
