package io.smsdocs.core.programme;

import java.util.List;

/**
 * Why an activity has its treatment, as data: the kind, the clauses it rests on, and for capability work the
 * level and what it needs. {@link #text()} is the English sentence; other languages build theirs from the data.
 */
public record Reason(Kind kind, List<String> clauses, String edition, int level, List<Need> needs, boolean effortOverridden) {

    public enum Kind { ALWAYS_NEEDED, NOT_IN_EDITION, TRANSITION, MISSING, PARTIAL, IMPLEMENTED, CAPABILITY }

    public Reason {
        clauses = List.copyOf(clauses);
        needs = List.copyOf(needs);
    }

    static Reason of(Kind kind, List<String> clauses, String edition) {
        return new Reason(kind, clauses, edition, 0, List.of(), false);
    }

    static Reason capability(int level, List<Need> needs) {
        return new Reason(Kind.CAPABILITY, List.of(), null, level, needs, false);
    }

    Reason withEffortOverridden() {
        return new Reason(kind, clauses, edition, level, needs, true);
    }

    public String text() {
        String text = switch (kind) {
            case ALWAYS_NEEDED -> "always needed (governance, audit or review step)";
            case NOT_IN_EDITION -> "not required by the " + edition + " edition";
            case TRANSITION -> "required by the " + edition + " edition, against which certification now takes place: "
                    + String.join(", ", clauses);
            case MISSING -> "missing: " + String.join(", ", clauses);
            case PARTIAL -> "partly in place: " + String.join(", ", clauses);
            case IMPLEMENTED -> "already implemented: " + String.join(", ", clauses);
            case CAPABILITY -> "capability level " + level + " needs "
                    + String.join("; ", needs.stream().map(Need::text).toList());
        };
        return effortOverridden ? text + "; effort set by override" : text;
    }
}
