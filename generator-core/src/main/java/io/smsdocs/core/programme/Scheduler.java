package io.smsdocs.core.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Places tasks on working days in dependency order. Among tasks that are ready at the same time the one
 * earlier in the input comes first, so the order is stable and readable.
 */
public final class Scheduler {

    /** One unit of work; pinnedStart (may be null) is a date fixed from outside, e.g. an agreed audit date. */
    public record Task(String id, int effortDays, int lagDays, List<String> dependsOn, LocalDate pinnedStart) {
        public Task {
            dependsOn = List.copyOf(dependsOn);
        }
    }

    public record Dates(LocalDate start, LocalDate end) {
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
        LocalDate first = calendar.onOrAfter(projectStart);
        Map<String, Dates> dates = new LinkedHashMap<>();
        for (String id : order(tasks)) {
            Task task = byId.get(id);
            LocalDate start = first;
            for (String dependency : task.dependsOn()) {
                LocalDate afterIt = calendar.plus(calendar.after(dates.get(dependency).end()), task.lagDays());
                start = afterIt.isAfter(start) ? afterIt : start;
            }
            if (task.pinnedStart() != null) {
                start = calendar.onOrAfter(task.pinnedStart());
            }
            dates.put(id, new Dates(start, calendar.plus(start, task.effortDays() - 1)));
        }
        return dates;
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
