package io.smsdocs.core.descriptor.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A service in scope. owner is a role id; customers, suppliers and dependsOn (other services it needs) are
 * ids; criticality is the descriptor's or, when criticalityDerived, the one the documented rule gives
 * (CriticalityRule); maintenanceWindow is null when none is agreed; docNumber pins the number in the ids of
 * the service's documents, or is null; requests are the standard requests of the request catalogue.
 */
public record Service(String id, String name, String description, String owner, List<String> customers,
                      List<String> suppliers, String hours, BigDecimal availabilityTarget, String criticality,
                      Integer docNumber, boolean criticalityDerived, List<String> dependsOn, String maintenanceWindow,
                      Recovery recovery, List<ServiceRequest> requests) {

    public Service {
        customers = List.copyOf(customers);
        suppliers = List.copyOf(suppliers);
        dependsOn = List.copyOf(dependsOn);
        requests = List.copyOf(requests);
    }

    /** A service without standard requests of its own. */
    public Service(String id, String name, String description, String owner, List<String> customers,
                   List<String> suppliers, String hours, BigDecimal availabilityTarget, String criticality,
                   Integer docNumber, boolean criticalityDerived, List<String> dependsOn, String maintenanceWindow,
                   Recovery recovery) {
        this(id, name, description, owner, customers, suppliers, hours, availabilityTarget, criticality, docNumber,
                criticalityDerived, dependsOn, maintenanceWindow, recovery, List.of());
    }

    /** A service as older callers build it: criticality given, no dependencies, window or recovery settings. */
    public Service(String id, String name, String description, String owner, List<String> customers,
                   List<String> suppliers, String hours, BigDecimal availabilityTarget, String criticality, Integer docNumber) {
        this(id, name, description, owner, customers, suppliers, hours, availabilityTarget, criticality, docNumber,
                false, List.of(), null, Recovery.NONE, List.of());
    }
}
