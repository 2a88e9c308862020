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

    /**
     * A default text in the descriptor's language: defaults_<language>.properties beside this class holds the
     * translations, keyed as below; English is written here and is the fallback.
     */
    static String text(String language, String key, String english) {
        return BUNDLES.computeIfAbsent(language == null ? "en" : language, DescriptorDefaults::bundle).getProperty(key, english);
    }

    private static final java.util.Map<String, java.util.Properties> BUNDLES = new java.util.concurrent.ConcurrentHashMap<>();

    private static java.util.Properties bundle(String language) {
        java.util.Properties properties = new java.util.Properties();
        try (var in = DescriptorDefaults.class.getResourceAsStream("defaults_" + language + ".properties")) {
            if (in != null) {
                properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }

    /** Roles that every SMS has; a descriptor role with the same id replaces them. */
    static List<Role> roles() {
        return roles("en");
    }

    static List<Role> roles(String language) {
        return List.of(
                new Role(TOP_MANAGEMENT, text(language, "role.top-management", "Top Management"), null, null, List.of()),
                new Role(SMS_MANAGER, text(language, "role.sms-manager", "Service Management Manager"), null, null, List.of()));
    }

    static List<Objective> objectives(String owner, String language) {
        return List.of(
                new Objective("obj-1", text(language, "objective.obj-1.objective", "Meet the agreed availability target of every service"),
                        text(language, "objective.obj-1.measure", "Monthly availability per service against its SLA target"),
                        text(language, "objective.obj-1.target", "Every service at or above target in at least 11 of 12 months"), owner,
                        "service-availability-management"),
                new Objective("obj-2", text(language, "objective.obj-2.objective", "Resolve incidents within the agreed targets"),
                        text(language, "objective.obj-2.measure", "Share of incidents resolved within their resolution target"),
                        text(language, "objective.obj-2.target", "At least 95% per quarter"), owner, "incident-management"),
                new Objective("obj-3", text(language, "objective.obj-3.objective", "Implement changes without disrupting services"),
                        text(language, "objective.obj-3.measure", "Share of changes that cause an incident within 7 days"),
                        text(language, "objective.obj-3.target", "Below 5% per quarter"), owner, "change-management"),
                new Objective("obj-4", text(language, "objective.obj-4.objective", "Keep customers satisfied with the services"),
                        text(language, "objective.obj-4.measure", "Average score of the customer satisfaction survey (1 to 5)"),
                        text(language, "objective.obj-4.target", "4.0 or higher"), owner, "business-relationship-management"));
    }

    static List<Risk> risks(String owner, String language) {
        return List.of(
                new Risk("risk-1", "risk", text(language, "risk.risk-1.description", "Failure of a key external supplier interrupts one or more services"),
                        "medium", "high", text(language, "risk.risk-1.treatment", "Supplier performance reviews; exit and continuity arrangements in contracts"), owner),
                new Risk("risk-2", "risk", text(language, "risk.risk-2.description", "Knowledge held by a few people is lost when they leave or are absent"),
                        "medium", "medium", text(language, "risk.risk-2.treatment", "Knowledge articles for critical tasks; deputies named for each process owner"), owner),
                new Risk("risk-3", "risk", text(language, "risk.risk-3.description", "An information security breach affects customer data or services"),
                        "low", "high", text(language, "risk.risk-3.treatment", "Information security controls, monitoring and tested incident response"), owner),
                new Risk("risk-4", "risk", text(language, "risk.risk-4.description", "Demand grows faster than capacity and degrades service performance"),
                        "medium", "medium", text(language, "risk.risk-4.treatment", "Capacity planning with thresholds reviewed each quarter"), owner),
                new Risk("opp-1", "opportunity", text(language, "risk.opp-1.description", "Automating routine service requests frees staff for improvement work"),
                        "medium", "medium", text(language, "risk.opp-1.treatment", "Evaluate automation candidates at each management review"), owner));
    }

    static List<Priority> priorities(String language) {
        return List.of(
                new Priority("P1", text(language, "priority.P1.name", "Critical"), text(language, "priority.P1.description", "A service is unavailable for many users or a critical business function is stopped"),
                        text(language, "priority.P1.response", "15 minutes"), text(language, "priority.P1.resolution", "4 hours")),
                new Priority("P2", text(language, "priority.P2.name", "High"), text(language, "priority.P2.description", "A service is degraded for many users, or unavailable for a single team"),
                        text(language, "priority.P2.response", "30 minutes"), text(language, "priority.P2.resolution", "8 hours")),
                new Priority("P3", text(language, "priority.P3.name", "Medium"), text(language, "priority.P3.description", "A single user cannot work normally; a workaround may exist"),
                        text(language, "priority.P3.response", "4 hours"), text(language, "priority.P3.resolution", "3 working days")),
                new Priority("P4", text(language, "priority.P4.name", "Low"), text(language, "priority.P4.description", "A minor fault or question with little business impact"),
                        text(language, "priority.P4.response", "1 working day"), text(language, "priority.P4.resolution", "10 working days")));
    }
}
