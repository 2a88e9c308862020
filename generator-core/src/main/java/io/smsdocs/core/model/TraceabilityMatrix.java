package io.smsdocs.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The traceability matrix as templates print it, from the traceability entries (one per clause): the clauses
 * counted by implementation status, the clauses no document addresses, and each row with its status in the
 * set's words (traceability.status.*) and at most a dozen documents named.
 */
final class TraceabilityMatrix {

    /** The statuses of the gap assessment, as the entries give them, with their count key. */
    private static final Map<String, String> STATUSES = Map.of("implemented", "implemented", "partial", "partial",
            "missing", "missing", "not assessed", "notAssessed");

    /** A clause addressed by one document per service (the SLAs) names the first ten past a dozen and counts the rest. */
    private static final int NAMED = 10;
    private static final int LISTED_IN_FULL = 12;

    private TraceabilityMatrix() {
    }

    /**
     * @param entries the traceability entries (clause, title, documented, status, note, documents)
     * @return counts (implemented, partial, missing, notAssessed), uncovered ("clause title" of each clause no
     *         document addresses) and rows (the entries with statusTitle, shown: the documents to name, and
     *         more: how many are left unnamed)
     */
    static Map<String, Object> of(List<Object> entries, Map<String, String> messages) {
        Map<String, Object> counts = new LinkedHashMap<>();
        STATUSES.values().forEach(key -> counts.put(key, 0));
        List<Object> uncovered = new ArrayList<>();
        List<Object> rows = new ArrayList<>();
        for (Object item : entries) {
            @SuppressWarnings("unchecked")
            Map<String, Object> entry = (Map<String, Object>) item;
            String status = (String) entry.get("status");
            String key = STATUSES.getOrDefault(status, status);
            counts.merge(key, 1, (a, b) -> (Integer) a + (Integer) b);
            List<?> documents = (List<?>) entry.get("documents");
            if (documents.isEmpty()) {
                uncovered.add(entry.get("clause") + " " + entry.get("title"));
            }
            List<?> shown = documents.size() > LISTED_IN_FULL ? documents.subList(0, NAMED) : documents;
            Map<String, Object> row = new LinkedHashMap<>(entry);
            row.put("statusTitle", messages.getOrDefault("traceability.status." + key, status));
            row.put("shown", List.copyOf(shown));
            row.put("more", documents.size() - shown.size());
            rows.add(java.util.Collections.unmodifiableMap(row));
        }
        return TemplateModelFactory.map("counts", java.util.Collections.unmodifiableMap(counts), "uncovered", List.copyOf(uncovered),
                "rows", List.copyOf(rows));
    }
}
