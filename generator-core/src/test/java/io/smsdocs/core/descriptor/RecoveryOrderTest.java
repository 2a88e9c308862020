package io.smsdocs.core.descriptor;

import io.smsdocs.core.descriptor.model.Recovery;
import io.smsdocs.core.descriptor.model.Service;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The order in which the continuity plan recovers the services, and the cycles that leave them without one. */
class RecoveryOrderTest {

    @Test
    void aServiceComesAfterTheServicesItDependsOn() {
        List<Service> services = List.of(service("app", "high", "db", "network"), service("db", "high", "network"),
                service("network", "high"));
        assertThat(ids(RecoveryOrder.of(services))).containsExactly("network", "db", "app");
    }

    @Test
    void amongReadyServicesTheMoreCriticalComesFirstThenTheDescriptorsOrder() {
        List<Service> services = List.of(service("intranet", "low"), service("mail", "medium"), service("desk", "medium"),
                service("epr", "high"));
        assertThat(ids(RecoveryOrder.of(services))).containsExactly("epr", "mail", "desk", "intranet");
    }

    @Test
    void aHighCriticalityServicePullsTheLowCriticalityServiceItNeedsForward() {
        // storage is low itself, but the high-criticality epr needs it (through db): both go before the medium mail.
        List<Service> services = List.of(service("mail", "medium"), service("storage", "low"), service("db", "low", "storage"),
                service("epr", "high", "db"));
        assertThat(ids(RecoveryOrder.of(services))).containsExactly("storage", "db", "epr", "mail");
    }

    @Test
    void largeGraphsAreOrderedByTheRuleOneServiceAtATime() {
        // The rule applied literally (pick the most urgent, then most critical, then first ready service, again and
        // again) against the queue the class uses, on random dependency graphs.
        java.util.Random random = new java.util.Random(17);
        for (int round = 0; round < 20; round++) {
            List<Service> services = new java.util.ArrayList<>();
            List<String> ranks = List.of("high", "medium", "low", "unknown");
            for (int i = 0; i < 60; i++) {
                List<String> dependsOn = new java.util.ArrayList<>();
                for (int d = random.nextInt(4); d > 0 && i > 0; d--) {
                    dependsOn.add("s" + random.nextInt(i)); // only on earlier ids: no cycles; sometimes twice
                }
                if (random.nextInt(10) == 0) {
                    dependsOn.add("missing");
                }
                services.add(service("s" + i, ranks.get(random.nextInt(ranks.size())), dependsOn.toArray(String[]::new)));
            }
            java.util.Collections.shuffle(services, random);
            assertThat(ids(RecoveryOrder.of(services))).isEqualTo(ids(byTheRule(services)));
        }
    }

    private static List<Service> byTheRule(List<Service> services) {
        Map<String, Service> byId = new LinkedHashMap<>();
        services.forEach(s -> byId.put(s.id(), s));
        Map<String, Integer> urgency = new java.util.HashMap<>();
        services.forEach(s -> urgency.put(s.id(), rank(s)));
        for (Service needing : services) {
            java.util.Deque<String> pending = new java.util.ArrayDeque<>(needing.dependsOn());
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (!pending.isEmpty()) {
                String id = pending.pop();
                if (byId.containsKey(id) && seen.add(id)) {
                    urgency.merge(id, rank(needing), Math::min);
                    pending.addAll(byId.get(id).dependsOn());
                }
            }
        }
        List<Service> ordered = new java.util.ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        while (ordered.size() < services.size()) {
            Service next = null;
            for (Service candidate : services) {
                boolean ready = candidate.dependsOn().stream().allMatch(id -> placed.contains(id) || !byId.containsKey(id));
                if (placed.contains(candidate.id()) || !ready) {
                    continue;
                }
                if (next == null || urgency.get(candidate.id()) < urgency.get(next.id())
                        || urgency.get(candidate.id()).equals(urgency.get(next.id())) && rank(candidate) < rank(next)) {
                    next = candidate;
                }
            }
            ordered.add(next);
            placed.add(next.id());
        }
        return ordered;
    }

    private static int rank(Service service) {
        int rank = List.of("high", "medium", "low").indexOf(service.criticality());
        return rank < 0 ? 1 : rank;
    }

    @Test
    void dependenciesOnUnknownIdsAreLeftToTheReferenceCheck() {
        assertThat(ids(RecoveryOrder.of(List.of(service("app", "medium", "gone"))))).containsExactly("app");
    }

    @Test
    void theFirstCycleIsNamedAlongItsPath() {
        Map<String, List<String>> graph = new LinkedHashMap<>();
        graph.put("a", List.of("b"));
        graph.put("b", List.of("c"));
        graph.put("c", List.of("a"));
        graph.put("d", List.of());
        assertThat(RecoveryOrder.cycle(graph)).containsExactly("a", "b", "c", "a");
        assertThat(RecoveryOrder.cycle(Map.of("a", List.of("a")))).containsExactly("a", "a");
        assertThat(RecoveryOrder.cycle(Map.of("a", List.of("b"), "b", List.of()))).isEmpty();
    }

    @Test
    void servicesInACycleHaveNoOrder() {
        assertThatThrownBy(() -> RecoveryOrder.of(List.of(service("a", "high", "b"), service("b", "low", "a"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a -> b -> a");
    }

    static Service service(String id, String criticality, String... dependsOn) {
        return new Service(id, id, "", "owner", List.of(), List.of(), "24x7", new BigDecimal("99.5"), criticality, null,
                false, List.of(dependsOn), null, Recovery.NONE);
    }

    private static List<String> ids(List<Service> services) {
        return services.stream().map(Service::id).toList();
    }
}
