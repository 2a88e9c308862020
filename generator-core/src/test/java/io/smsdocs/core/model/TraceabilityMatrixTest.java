package io.smsdocs.core.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The matrix counts the clauses by status, names the uncovered ones and at most a dozen documents a row. */
class TraceabilityMatrixTest {

    @Test
    void countsStatusesNamesGapsAndShortensLongRows() {
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            many.add(Map.of("id", "sla-" + i));
        }
        List<Object> entries = List.of(
                Map.of("clause", "4", "title", "Context", "status", "implemented", "documents", List.of(Map.of("id", "a"))),
                Map.of("clause", "5", "title", "Leadership", "status", "not assessed", "documents", List.of()),
                Map.of("clause", "8.3.3", "title", "SLM", "status", "partial", "documents", many));
        Map<String, Object> matrix = TraceabilityMatrix.of(entries, Map.of("traceability.status.notAssessed", "Nicht bewertet"));

        assertThat(matrix.get("counts")).isEqualTo(Map.of("implemented", 1, "partial", 1, "missing", 0, "notAssessed", 1));
        assertThat(matrix.get("uncovered")).isEqualTo(List.of("5 Leadership"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) matrix.get("rows");
        assertThat(rows.get(1)).containsEntry("statusTitle", "Nicht bewertet").containsEntry("more", 0);
        assertThat(rows.get(0)).containsEntry("statusTitle", "implemented").containsEntry("clause", "4");
        assertThat((List<?>) rows.get(2).get("shown")).hasSize(10);
        assertThat(rows.get(2)).containsEntry("more", 3);
    }
}
