package io.smsdocs.core.programme;

import java.util.Locale;

/** Gap-assessment result of one clause, weakest first so that {@code compareTo} orders by maturity. */
public enum GapStatus {
    MISSING, PARTIAL, IMPLEMENTED;

    /** Parses the descriptor spelling ("missing", "partial", "implemented"). */
    public static GapStatus parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
