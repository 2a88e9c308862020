package io.smsdocs.core.descriptor;

import io.smsdocs.core.descriptor.model.Objective;
import io.smsdocs.core.descriptor.model.Priority;
import io.smsdocs.core.descriptor.model.Risk;
import io.smsdocs.core.descriptor.model.Role;

import java.util.List;

/** The choices a consultant makes when the descriptor is silent. */
final class DescriptorDefaults {

    static final String TOP_MANAGEMENT = "top-management";
    static final String SMS_MANAGER = "sms-manager";
    static final String CLASSIFICATION = "Internal";
    static final int REVIEW_INTERVAL_MONTHS = 12;
    static final String SERVICE_HOURS = "Mon-Fri 09:00-17:00";
    static final String AVAILABILITY_TARGET = "99.5";
    static final String CRITICALITY = "medium";
    static final String REVIEW_FREQUENCY = "annually";

    private DescriptorDefaults() {
    }

    /** Roles that every SMS has; a descriptor role with the same id replaces them. */
    static List<Role> roles() {
        return List.of(
                new Role(TOP_MANAGEMENT, "Top Management", null, null, List.of()),
                new Role(SMS_MANAGER, "Service Management Manager", null, null, List.of()));
    }

    static List<Objective> objectives(String owner) {
        return List.of(
                new Objective("obj-1", "Meet the agreed availability target of every service",
                        "Monthly availability per service against its SLA target",
                        "Every service at or above target in at least 11 of 12 months", owner),
                new Objective("obj-2", "Resolve incidents within the agreed targets",
                        "Share of incidents resolved within their resolution target", "At least 95% per quarter", owner),
                new Objective("obj-3", "Implement changes without disrupting services",
                        "Share of changes that cause an incident within 7 days", "Below 5% per quarter", owner),
                new Objective("obj-4", "Keep customers satisfied with the services",
                        "Average score of the customer satisfaction survey (1 to 5)", "4.0 or higher", owner));
    }

    static List<Risk> risks(String owner) {
        return List.of(
                new Risk("risk-1", "risk", "Failure of a key external supplier interrupts one or more services",
                        "medium", "high", "Supplier performance reviews; exit and continuity arrangements in contracts", owner),
                new Risk("risk-2", "risk", "Knowledge held by a few people is lost when they leave or are absent",
                        "medium", "medium", "Knowledge articles for critical tasks; deputies named for each process owner", owner),
                new Risk("risk-3", "risk", "An information security breach affects customer data or services",
                        "low", "high", "Information security controls, monitoring and tested incident response", owner),
                new Risk("risk-4", "risk", "Demand grows faster than capacity and degrades service performance",
                        "medium", "medium", "Capacity planning with thresholds reviewed each quarter", owner),
                new Risk("opp-1", "opportunity", "Automating routine service requests frees staff for improvement work",
                        "medium", "medium", "Evaluate automation candidates at each management review", owner));
    }

    static List<Priority> priorities() {
        return List.of(
                new Priority("P1", "Critical", "A service is unavailable for many users or a critical business function is stopped",
                        "15 minutes", "4 hours"),
                new Priority("P2", "High", "A service is degraded for many users, or unavailable for a single team",
                        "30 minutes", "8 hours"),
                new Priority("P3", "Medium", "A single user cannot work normally; a workaround may exist",
                        "4 hours", "3 working days"),
                new Priority("P4", "Low", "A minor fault or question with little business impact",
                        "1 working day", "10 working days"));
    }
}
