package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.model.Descriptor;
import io.smsdocs.core.standard.ProcessCatalogue;
import io.smsdocs.core.standard.ProcessDefinition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each role owns: processes, services, supplier relationships and objectives, grouped once in
 * linear time. Entries are small {id, name} maps, not the full objects, so the model has no cycles.
 */
final class RoleDuties {

    private final Map<String, List<Object>> processes = new LinkedHashMap<>();
    private final Map<String, List<Object>> services = new LinkedHashMap<>();
    private final Map<String, List<Object>> suppliers = new LinkedHashMap<>();
    private final Map<String, List<Object>> objectives = new LinkedHashMap<>();

    RoleDuties(Descriptor descriptor, String edition, java.util.function.Function<ProcessDefinition, String> name) {
        for (ProcessDefinition process : ProcessCatalogue.all()) {
            add(processes, descriptor.processes().get(process.id()).owner(),
                    Map.of("id", process.id(), "name", name.apply(process), "clause", process.clauseIn(edition)));
        }
        descriptor.services().forEach(s -> add(services, s.owner(), Parties.serviceRef(s)));
        descriptor.suppliers().forEach(s -> add(suppliers, s.manager(), Map.of("id", s.id(), "name", s.name())));
        descriptor.sms().objectives().forEach(o -> add(objectives, o.owner(), Map.of("id", o.id(), "objective", o.objective())));
    }

    List<Object> processes(String roleId) {
        return get(processes, roleId);
    }

    List<Object> services(String roleId) {
        return get(services, roleId);
    }

    List<Object> suppliers(String roleId) {
        return get(suppliers, roleId);
    }

    List<Object> objectives(String roleId) {
        return get(objectives, roleId);
    }

    private static void add(Map<String, List<Object>> index, String roleId, Object entry) {
        index.computeIfAbsent(roleId, id -> new ArrayList<>()).add(entry);
    }

    private static List<Object> get(Map<String, List<Object>> index, String roleId) {
        return Collections.unmodifiableList(index.getOrDefault(roleId, List.of()));
    }
}
