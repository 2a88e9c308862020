package io.smsdocs.core.model;

import java.util.Map;

/**
 * The short names under which templates reach each process directly ({@code ${change.owner.title}}), so
 * no template, in any language, repeats the lookup {@code processes["change-management"]}.
 */
final class ProcessVariables {

    static final Map<String, String> BY_PROCESS = Map.ofEntries(
            Map.entry("service-catalogue-management", "catalogue"),
            Map.entry("asset-management", "asset"),
            Map.entry("configuration-management", "configuration"),
            Map.entry("business-relationship-management", "brm"),
            Map.entry("service-level-management", "slm"),
            Map.entry("supplier-management", "supplierManagement"),
            Map.entry("budgeting-and-accounting", "budgeting"),
            Map.entry("demand-management", "demand"),
            Map.entry("capacity-management", "capacity"),
            Map.entry("change-management", "change"),
            Map.entry("service-design-and-transition", "transition"),
            Map.entry("release-and-deployment-management", "release"),
            Map.entry("incident-management", "incident"),
            Map.entry("service-request-management", "request"),
            Map.entry("problem-management", "problem"),
            Map.entry("service-availability-management", "availability"),
            Map.entry("service-continuity-management", "continuity"),
            Map.entry("information-security-management", "security"),
            Map.entry("service-reporting", "reporting"));

    private ProcessVariables() {
    }
}
