package io.smsdocs.core.descriptor.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A service in scope. owner is a role id; customers and suppliers are ids; docNumber pins the number in
 * the ids of the service's documents, or is null.
 */
public record Service(String id, String name, String description, String owner, List<String> customers,
                      List<String> suppliers, String hours, BigDecimal availabilityTarget, String criticality,
                      Integer docNumber) {

    public Service {
        customers = List.copyOf(customers);
        suppliers = List.copyOf(suppliers);
    }
}
