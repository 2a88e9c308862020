package io.smsdocs.core.descriptor;

import io.smsdocs.core.descriptor.model.Customer;

import java.util.List;

/**
 * What kind of provider the organisation is when the descriptor does not say (the rule docs/descriptor.md
 * states): in-house when all its customers are internal, external when all are external, both when it has
 * customers of each type; with no customers at all it cannot be told (null: an open decision).
 */
public final class ProviderTypeRule {

    private ProviderTypeRule() {
    }

    public static String derive(List<Customer> customers) {
        boolean internal = customers.stream().anyMatch(c -> "internal".equals(c.type()));
        boolean external = customers.stream().anyMatch(c -> !"internal".equals(c.type()));
        if (internal && external) {
            return "both";
        }
        return internal ? "in-house" : external ? "external" : null;
    }
}
