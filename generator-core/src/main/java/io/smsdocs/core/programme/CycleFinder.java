package io.smsdocs.core.programme;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Names one dependency cycle among the tasks a topological sort could not place. */
final class CycleFinder {

    private CycleFinder() {
    }

    static List<String> find(List<Scheduler.Task> tasks, List<String> placed) {
        Set<String> done = new HashSet<>(placed);
        Map<String, Scheduler.Task> left = new LinkedHashMap<>();
        tasks.stream().filter(t -> !done.contains(t.id())).forEach(t -> left.put(t.id(), t));
        // Every unplaced task waits for another unplaced one, so walking dependencies must revisit a task.
        List<String> path = new ArrayList<>();
        String current = left.keySet().iterator().next();
        while (!path.contains(current)) {
            path.add(current);
            current = left.get(current).dependsOn().stream().filter(left::containsKey).findFirst().orElseThrow();
        }
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
        // Read it in "X must finish before Y" order: reverse the waits-for walk.
        java.util.Collections.reverse(cycle);
        // Start at the task that comes first in the input, so the message is stable and easy to find.
        List<String> inputOrder = tasks.stream().map(Scheduler.Task::id).toList();
        String first = cycle.stream().min(java.util.Comparator.comparingInt(inputOrder::indexOf)).orElseThrow();
        java.util.Collections.rotate(cycle, -cycle.indexOf(first));
        cycle.add(cycle.get(0));
        return cycle;
    }
}
