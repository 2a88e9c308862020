package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.RecoveryOrder;
import io.smsdocs.core.descriptor.model.Service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the continuity plan says about recovering each service besides its objectives (those are
 * {@link ServiceLevels}'): its place in the recovery order ({@link RecoveryOrder}), the services it depends on
 * and those that depend on it, its own recovery steps, and its alternate arrangement or, when the descriptor
 * names none, the fact that this is an open decision (alternateOpen).
 */
final class ServiceRecovery {

    private final Map<String, Service> byId = new LinkedHashMap<>();
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, List<Object>> neededBy = new HashMap<>();

    ServiceRecovery(List<Service> services) {
        services.forEach(s -> byId.put(s.id(), s));
        List<Service> order = RecoveryOrder.of(services);
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i).id(), i + 1);
        }
        for (Service service : services) {
            service.dependsOn().stream().filter(byId::containsKey).distinct()
                    .forEach(id -> neededBy.computeIfAbsent(id, k -> new ArrayList<>()).add(Parties.serviceRef(service)));
        }
    }

    /**
     * The service map with recoveryPosition (1 is recovered first), dependsOn and neededBy (services as
     * {id, name, criticality}), recoverySteps (the descriptor's, in order; empty when the plan's generic steps
     * apply), alternate (absent when none is named) and alternateOpen.
     */
    Map<String, Object> extend(Map<String, Object> serviceMap, Service service) {
        Map<String, Object> extended = new LinkedHashMap<>(serviceMap);
        extended.put("recoveryPosition", position.get(service.id()));
        extended.put("dependsOn", service.dependsOn().stream().filter(byId::containsKey).distinct()
                .map(id -> Parties.serviceRef(byId.get(id))).toList());
        extended.put("neededBy", List.copyOf(neededBy.getOrDefault(service.id(), List.of())));
        extended.put("recoverySteps", service.recovery().steps());
        String alternate = service.recovery().alternate();
        if (alternate != null && !alternate.isBlank()) {
            extended.put("alternate", alternate);
        }
        extended.put("alternateOpen", alternate == null || alternate.isBlank());
        return Collections.unmodifiableMap(extended);
    }
}
