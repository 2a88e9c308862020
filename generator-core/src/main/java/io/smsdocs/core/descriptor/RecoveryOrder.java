package io.smsdocs.core.descriptor;

import io.smsdocs.core.descriptor.model.Service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The order in which the continuity plan recovers the services (the rule docs/descriptor.md states): a
 * service comes after every service it depends on (services[].dependsOn); among the services whose
 * dependencies are recovered, the one that matters most comes first: the highest criticality of the service
 * itself and of every service that needs it, directly or through others, then its own criticality, then the
 * descriptor's order. A high-criticality service therefore pulls the services it needs forward. Services that
 * depend on each other in a cycle have no order; {@link #cycle} finds such a cycle so it is reported as a
 * descriptor error before anything is generated.
 */
public final class RecoveryOrder {

    private static final List<String> RANKS = List.of("high", "medium", "low");

    private RecoveryOrder() {
    }

    /** The services in recovery order; dependencies on ids that are not services are ignored. */
    public static List<Service> of(List<Service> services) {
        Map<String, Service> byId = new LinkedHashMap<>();
        services.forEach(s -> byId.put(s.id(), s));
        Map<String, List<String>> graph = new LinkedHashMap<>();
        services.forEach(s -> graph.put(s.id(), s.dependsOn()));
        if (!cycle(graph).isEmpty()) {
            throw new IllegalArgumentException("services depend on each other in a cycle: " + String.join(" -> ", cycle(graph)));
        }

        // The rank that matters for each service: its own, or that of a more critical service that needs it.
        Map<String, Integer> urgency = new HashMap<>();
        services.forEach(s -> urgency.put(s.id(), rank(s)));
        for (Service needing : services) {
            Deque<String> pending = new ArrayDeque<>(needing.dependsOn());
            Set<String> seen = new HashSet<>();
            while (!pending.isEmpty()) {
                String id = pending.pop();
                if (byId.containsKey(id) && seen.add(id)) {
                    urgency.merge(id, rank(needing), Math::min);
                    pending.addAll(byId.get(id).dependsOn());
                }
            }
        }

        // Kahn's order: a service is ready once the services it depends on are placed; of the ready ones, the most
        // urgent, then the most critical, then the first in the descriptor goes next. A queue keeps it linear in
        // the number of services (a scan of every service per placement was quadratic).
        int[] waitingFor = new int[services.size()];
        Map<String, List<Integer>> dependents = new HashMap<>();
        for (int i = 0; i < services.size(); i++) {
            for (String id : services.get(i).dependsOn()) {
                if (byId.containsKey(id)) {
                    waitingFor[i]++;
                    dependents.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
                }
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>(Comparator
                .<Integer>comparingInt(i -> urgency.get(services.get(i).id()))
                .thenComparingInt(i -> rank(services.get(i)))
                .thenComparingInt(i -> i));
        for (int i = 0; i < services.size(); i++) {
            if (waitingFor[i] == 0) {
                ready.add(i);
            }
        }
        List<Service> ordered = new ArrayList<>();
        while (!ready.isEmpty()) {
            Service next = services.get(ready.poll());
            ordered.add(next);
            for (int dependent : dependents.getOrDefault(next.id(), List.of())) {
                if (--waitingFor[dependent] == 0) {
                    ready.add(dependent);
                }
            }
        }
        return List.copyOf(ordered);
    }

    /**
     * The first cycle of dependencies, as the ids along it with the first repeated at the end ("a", "b", "a"), a
     * service that depends on itself as ("a", "a"); empty when there is none. Searched in the map's order, so the
     * same descriptor reports the same cycle.
     */
    public static List<String> cycle(Map<String, List<String>> dependsOn) {
        Set<String> done = new HashSet<>();
        for (String start : dependsOn.keySet()) {
            List<String> found = cycleFrom(start, dependsOn, new ArrayList<>(), done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> cycleFrom(String id, Map<String, List<String>> dependsOn, List<String> path, Set<String> done) {
        int at = path.indexOf(id);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(id);
            return cycle;
        }
        if (done.contains(id) || !dependsOn.containsKey(id)) {
            return List.of();
        }
        path.add(id);
        for (String next : dependsOn.get(id)) {
            List<String> found = cycleFrom(next, dependsOn, path, done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        done.add(id);
        return List.of();
    }

    /** 0 for high, 1 for medium, 2 for low; a value outside the three counts as medium. */
    private static int rank(Service service) {
        int rank = RANKS.indexOf(service.criticality());
        return rank < 0 ? 1 : rank;
    }
}
