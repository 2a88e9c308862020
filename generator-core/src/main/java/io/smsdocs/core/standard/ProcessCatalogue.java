package io.smsdocs.core.standard;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** The processes a descriptor can configure, in clause order. */
public final class ProcessCatalogue {

    private static final List<ProcessDefinition> PROCESSES = load();

    private ProcessCatalogue() {
    }

    public static List<ProcessDefinition> all() {
        return PROCESSES;
    }

    public static List<String> ids() {
        return PROCESSES.stream().map(ProcessDefinition::id).toList();
    }

    private static List<ProcessDefinition> load() {
        List<ProcessDefinition> processes = new ArrayList<>();
        for (JsonNode node : StandardData.read("processes.yaml").path("processes")) {
            processes.add(new ProcessDefinition(node.path("id").asText(), node.path("name").asText(),
                    node.path("clause").asText(), node.path("clause2011").asText(),
                    node.path("name2011").asText(node.path("name").asText())));
        }
        return List.copyOf(processes);
    }
}
