package io.smsdocs.core.model;

import java.util.List;
import java.util.Map;

/**
 * The RACI matrix of the SMS processes (2018 5.3; 2011 4.1.3), one row per process: its owner is accountable
 * and responsible; the SMS manager is consulted on every process another role owns; top management is informed
 * of every process it does not own, unless it is also the SMS manager (then it is consulted already).
 */
final class RaciMatrix {

    private RaciMatrix() {
    }

    /** Rows of name, clause, owner, consulted and informed (roles; absent when nobody). */
    static List<Object> of(List<Object> processList, Map<String, Object> topManagement, Map<String, Object> manager) {
        return processList.stream().map(item -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> process = (Map<String, Object>) item;
            @SuppressWarnings("unchecked")
            Object ownerId = ((Map<String, Object>) process.get("owner")).get("id");
            boolean managerIsTop = manager.get("id").equals(topManagement.get("id"));
            return (Object) TemplateModelFactory.map("id", process.get("id"), "name", process.get("name"), "clause", process.get("clause"),
                    "owner", process.get("owner"),
                    "consulted", ownerId.equals(manager.get("id")) ? null : manager,
                    "informed", ownerId.equals(topManagement.get("id")) || managerIsTop ? null : topManagement);
        }).toList();
    }
}
