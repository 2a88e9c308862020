package io.smsdocs.core.programme;

import java.util.List;

/** An override or dependency names an activity id the catalogue does not have. */
public final class UnknownActivityException extends IllegalArgumentException {

    private final String id;
    private final List<String> nearest;

    public UnknownActivityException(String where, String id, List<String> nearest) {
        super(where + " names unknown activity '" + id + "'"
                + (nearest.isEmpty() ? "" : ", did you mean " + String.join(" or ", quoted(nearest)) + "?"));
        this.id = id;
        this.nearest = List.copyOf(nearest);
    }

    public String id() {
        return id;
    }

    public List<String> nearest() {
        return nearest;
    }

    private static List<String> quoted(List<String> ids) {
        return ids.stream().map(i -> "'" + i + "'").toList();
    }
}
