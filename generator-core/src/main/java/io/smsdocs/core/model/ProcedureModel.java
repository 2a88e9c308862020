package io.smsdocs.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the procedures and operational policies decide about the set, computed once so the English and German
 * templates state it without repeating the logic. Exposed as {@code procedures}:
 * <ul>
 * <li>highServices: the services of high criticality (a service without criticality counts as medium);</li>
 * <li>cabMembers: the standing members of the CAB besides its chair (the change manager): the owners of
 * configuration, release, security, incident and capacity management, each role once, in that order;</li>
 * <li>opportunities: the SMS risks of type opportunity (a risk without type is a risk);</li>
 * <li>parties: every supplier (external or internal) with typeLabel, its type as the set's bundle names it
 * ("Internal supplier"), and agreement, what it is controlled through ("Contract C-12", "Internal agreement");</li>
 * <li>operators: the parties that operate, or contribute to, at least one service;</li>
 * <li>managerIsTop: whether the SMS manager is top management itself (one role holds both duties);</li>
 * <li>releaseReportsToChange: whether the release manager is another role than the change manager, and so
 * reports failed releases to them;</li>
 * <li>earlyLifePriorities: the ids of the two highest priorities, whose incidents keep early life support
 * open; empty when fewer than two priorities are defined (the text then says "high priority").</li>
 * </ul>
 */
final class ProcedureModel {

    /** The processes whose owners sit on the CAB, the chair first. */
    static final List<String> CAB_PROCESSES = List.of("change-management", "configuration-management",
            "release-and-deployment-management", "information-security-management", "incident-management", "capacity-management");

    private ProcedureModel() {
    }

    static Map<String, Object> of(List<?> services, Map<String, ?> processes, List<?> risks, List<?> suppliers,
                                  Map<String, ?> sms, List<?> priorities, Map<String, String> messages) {
        List<Object> parties = suppliers.stream().map(s -> (Object) party(asMap(s), messages)).toList();
        return TemplateModelFactory.map(
                "parties", parties,
                "managerIsTop", sameRole(sms.get("manager"), sms.get("topManagement")),
                "releaseReportsToChange", !sameRole(owner(processes, "release-and-deployment-management"), owner(processes, "change-management")),
                "earlyLifePriorities", priorities.size() > 1
                        ? List.of(asMap(priorities.get(0)).get("id"), asMap(priorities.get(1)).get("id")) : List.of(),
                "highServices", highServices(services),
                "cabMembers", cabMembers(processes),
                "opportunities", risks.stream().filter(r -> "opportunity".equals(asMap(r).get("type"))).toList(),
                "operators", parties.stream().filter(s -> !list(asMap(s).get("services")).isEmpty()).toList());
    }

    static List<Object> highServices(List<?> services) {
        return services.stream().filter(s -> "high".equals(asMap(s).get("criticality"))).map(s -> (Object) s).toList();
    }

    /** The CAB's standing members besides the chair: the owners of CAB_PROCESSES after the first, each role once. */
    static List<Object> cabMembers(Map<String, ?> processes) {
        Set<Object> seen = new LinkedHashSet<>();
        List<Object> members = new ArrayList<>();
        for (String id : CAB_PROCESSES) {
            Object owner = asMap(processes.get(id)).get("owner");
            if (owner != null && seen.add(asMap(owner).get("id"))) {
                members.add(owner);
            }
        }
        return members.isEmpty() ? List.of() : Collections.unmodifiableList(members.subList(1, members.size()));
    }

    /** A supplier with the words for its type (its agreement is worded once, on the supplier: Parties). */
    static Map<String, Object> party(Map<?, ?> supplier, Map<String, String> messages) {
        boolean internal = "internal".equals(supplier.get("type"));
        Map<String, Object> party = new java.util.LinkedHashMap<>();
        supplier.forEach((k, v) -> party.put((String) k, v));
        party.put("typeLabel", internal ? messages.getOrDefault("InternalSupplier", "Internal supplier")
                : messages.getOrDefault("ExternalSupplier", "External supplier"));
        return Collections.unmodifiableMap(party);
    }

    private static Object owner(Map<String, ?> processes, String id) {
        return asMap(processes.get(id)).get("owner");
    }

    private static boolean sameRole(Object a, Object b) {
        return asMap(a).get("id") != null && asMap(a).get("id").equals(asMap(b).get("id"));
    }

    private static Map<?, ?> asMap(Object value) {
        return value instanceof Map<?, ?> m ? m : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }
}
