package io.smsdocs.core.standard;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which clauses of ISO/IEC 20000-1:2018 correspond to each clause of 2011, and back. Loaded from data. */
public final class EditionMapping {

    /** One row: these 2011 clauses correspond to these 2018 clauses. */
    public record Row(List<String> from2011, List<String> to2018, String note) {
    }

    private static final List<Row> ROWS = load();
    private static final Map<String, List<String>> CITATIONS_2011 = loadCitations();

    private EditionMapping() {
    }

    public static List<Row> rows() {
        return ROWS;
    }

    public static Set<String> to2018(String clause2011) {
        Set<String> clauses = new LinkedHashSet<>();
        ROWS.stream().filter(r -> r.from2011().contains(clause2011)).forEach(r -> clauses.addAll(r.to2018()));
        return clauses;
    }

    public static Set<String> to2011(String clause2018) {
        Set<String> clauses = new LinkedHashSet<>();
        ROWS.stream().filter(r -> r.to2018().contains(clause2018)).forEach(r -> clauses.addAll(r.from2011()));
        return clauses;
    }

    /**
     * The 2011 clauses a section citing this 2018 clause means, where the data names them; empty when the
     * mapping rows decide.
     */
    public static List<String> citation2011(String clause2018) {
        return CITATIONS_2011.getOrDefault(clause2018, List.of());
    }

    private static Map<String, List<String>> loadCitations() {
        Map<String, List<String>> citations = new LinkedHashMap<>();
        StandardData.read("edition-mapping.yaml").path("citations2011").fields().forEachRemaining(entry -> {
            List<String> clauses = new ArrayList<>();
            entry.getValue().forEach(c -> clauses.add(c.asText()));
            citations.put(entry.getKey(), List.copyOf(clauses));
        });
        return Map.copyOf(citations);
    }

    private static List<Row> load() {
        List<Row> rows = new ArrayList<>();
        for (JsonNode node : StandardData.read("edition-mapping.yaml").path("mappings")) {
            List<String> from = new ArrayList<>();
            List<String> to = new ArrayList<>();
            node.path("from").forEach(c -> from.add(c.asText()));
            node.path("to").forEach(c -> to.add(c.asText()));
            rows.add(new Row(List.copyOf(from), List.copyOf(to), node.path("note").asText(null)));
        }
        return List.copyOf(rows);
    }
}
