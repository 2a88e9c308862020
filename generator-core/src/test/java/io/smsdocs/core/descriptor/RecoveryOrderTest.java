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
