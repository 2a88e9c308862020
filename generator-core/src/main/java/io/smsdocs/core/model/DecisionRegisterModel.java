package io.smsdocs.core.model;

import io.smsdocs.core.decision.OpenDecision;
import io.smsdocs.core.decision.OpenDecision.Topic;
import io.smsdocs.core.descriptor.CriticalityRule;
import io.smsdocs.core.descriptor.model.Descriptor;
import io.smsdocs.core.descriptor.model.Service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.smsdocs.core.model.TemplateModelFactory.map;

/**
 * The decision register as template values ({@code decisions}): each open decision with what it is about,
 * what the documents assume meanwhile, who decides and the descriptor key that records it; and the values
 * the documented rules derived instead of the descriptor (criticality, recovery objectives, maintenance
 * windows), so a reader can confirm or overrule them. The words come from the bundles (decision.*, derived.*).
 */
final class DecisionRegisterModel {

    private final Map<String, String> messages;
    private final Locale locale;

    private DecisionRegisterModel(Map<String, String> messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    static Map<String, Object> of(List<OpenDecision> decisions, Descriptor descriptor, Map<String, Map<String, Object>> roles,
                                  Map<String, Map<String, Object>> services, Map<String, Map<String, Object>> suppliers,
                                  Map<String, Object> processes, Map<String, String> messages, Locale locale) {
        DecisionRegisterModel model = new DecisionRegisterModel(messages, locale);
        List<Object> open = new ArrayList<>();
        Map<String, Object> firstByTopic = new LinkedHashMap<>();
        for (OpenDecision decision : decisions) {
            firstByTopic.putIfAbsent(decision.topic().key(), decision.id());
            List<String> names = decision.subjects().stream().map(id -> model.name(decision.topic(), id, roles, services, suppliers, processes)).toList();
            open.add(map("id", decision.id(), "topic", decision.topic().key(),
                    "subject", model.subject(decision, names),
                    "assumed", model.assumed(decision, roles),
                    "decider", decision.decider() == null ? null : roles.get(decision.decider()),
                    "deciderName", decision.decider() == null ? model.text("decision.governingBody")
                            : (String) roles.get(decision.decider()).get("title"),
                    "key", decision.key()));
        }
        return map("open", List.copyOf(open), "count", open.size(), "id", java.util.Collections.unmodifiableMap(firstByTopic),
                "derived", model.derived(descriptor, services),
                "criticalityRule", map("highTarget", model.decimal(CriticalityRule.HIGH_TARGET),
                        "roundTheClockTarget", model.decimal(CriticalityRule.ROUND_THE_CLOCK_HIGH_TARGET),
                        "manyCustomers", CriticalityRule.MANY_EXTERNAL_CUSTOMERS, "lowTarget", model.decimal(CriticalityRule.LOW_TARGET)));
    }

    /** What is to be decided; a decision on every process says so instead of listing all nineteen. */
    private String subject(OpenDecision decision, List<String> names) {
        boolean everyProcess = (decision.topic() == Topic.PROCESS_OWNERS || decision.topic() == Topic.PROCESS_TOOLS)
                && decision.subjects().size() == io.smsdocs.core.standard.ProcessCatalogue.ids().size();
        return everyProcess ? text("decision." + decision.topic().key() + ".all") : text("decision." + decision.topic().key(), all(names));
    }

    /** The values a documented rule gave because the descriptor left them out, one row per service and value. */
    private List<Object> derived(Descriptor descriptor, Map<String, Map<String, Object>> services) {
        List<Object> rows = new ArrayList<>();
        for (Service service : descriptor.services()) {
            Map<String, Object> values = services.get(service.id());
            if (service.criticalityDerived()) {
                rows.add(map("subject", text("derived.criticality", service.name()), "value", values.get("criticalityName"),
                        "basis", text("derived.criticality.basis", ServiceHoursText.of(service.hours(), messages), decimal(service.availabilityTarget()))));
            }
            if (service.recovery().rtoHours() == null || service.recovery().rpoHours() == null) {
                rows.add(map("subject", text("derived.recovery", service.name()),
                        "value", text("derived.recovery.value", String.valueOf(values.get("rto")), String.valueOf(values.get("rpo"))),
                        "basis", text("derived.recovery.basis", String.valueOf(values.get("criticalityName")))));
            }
        }
        return List.copyOf(rows);
    }

    private String assumed(OpenDecision decision, Map<String, Map<String, Object>> roles) {
        if (decision.assumed() == null) {
            return messages.getOrDefault("decision.assumed." + decision.topic().key(), text("decision.assumed.none"));
        }
        return switch (decision.topic()) {
            case PROCESS_OWNERS -> text("decision.assumed.processOwners", (String) roles.get(decision.assumed()).get("title"));
            case AVAILABILITY_TARGET -> text("decision.assumed.availabilityTarget", decimal(new BigDecimal(decision.assumed())));
            default -> decision.assumed();
        };
    }

    private String name(Topic topic, String id, Map<String, Map<String, Object>> roles, Map<String, Map<String, Object>> services,
                        Map<String, Map<String, Object>> suppliers, Map<String, Object> processes) {
        Map<?, ?> entry = switch (topic) {
            case PROCESS_OWNERS, PROCESS_TOOLS -> (Map<?, ?>) processes.get(id);
            case SUPPLIER_AGREEMENT -> suppliers.get(id);
            case TOP_MANAGEMENT_HOLDER, SMS_MANAGER_HOLDER, CONTACT_DETAILS -> roles.get(id);
            default -> services.get(id);
        };
        if (entry == null) {
            return id;
        }
        Object name = entry.containsKey("title") ? entry.get("title") : entry.get("name");
        return String.valueOf(name);
    }

    /** Every name, "A, B and C": the register lists each subject, never "and N more". */
    private String all(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + messages.getOrDefault("and", "and") + " " + names.get(names.size() - 1);
    }

    /** Decision bundles contain no quotes to escape: arguments are placed as written. */
    private String text(String key, String... arguments) {
        String text = messages.getOrDefault(key, key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", arguments[i] == null ? "" : arguments[i]);
        }
        return text;
    }

    private String decimal(BigDecimal number) {
        return LocalNumbers.decimal(number, locale);
    }
}
