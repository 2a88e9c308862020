package io.smsdocs.core.programme;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a readiness item rests on, as data: the clauses still open with their status, or the dates agreed.
 * {@link #text()} is the English wording; other languages build theirs from the data.
 */
public record Evidence(Kind kind, Map<String, GapStatus> open, LocalDate stage1, LocalDate stage2) {

    public enum Kind { OPEN_CLAUSES, ALL_IMPLEMENTED, ALL_DOCUMENTED, DONE, NOT_DONE, DATES_AGREED, DATES_NOT_CONTRACTED, DATES_COMPUTED }

    public Evidence {
        open = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(open)); // catalogue order
    }

    static Evidence of(Kind kind) {
        return new Evidence(kind, Map.of(), null, null);
    }

    public String text() {
        return switch (kind) {
            case OPEN_CLAUSES -> "open: " + open.entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue().label() + ")").collect(Collectors.joining(", "));
            case ALL_IMPLEMENTED -> "every sub-clause implemented";
            case ALL_DOCUMENTED -> "every clause that asks for it is implemented";
            case DONE -> "done";
            case NOT_DONE -> "not yet done";
            case DATES_AGREED -> "stage 1 " + stage1 + ", stage 2 " + stage2;
            case DATES_NOT_CONTRACTED -> "stage 1 " + stage1 + ", stage 2 " + stage2
                    + " planned, but no contract with the certification body is recorded yet";
            case DATES_COMPUTED -> "dates computed from the plan, not yet agreed";
        };
    }
}
