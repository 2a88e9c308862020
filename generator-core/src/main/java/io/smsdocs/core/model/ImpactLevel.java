package io.smsdocs.core.model;

import java.util.Locale;

/**
 * How hard an outage hits, on the scale of the business impact analysis: minor, moderate, major, severe. The
 * words and what each level means for the provider's customers are bundle keys (bia.level.*), so the scale reads
 * in the provider's own voice.
 */
enum ImpactLevel {
    MINOR, MODERATE, MAJOR, SEVERE;

    /** "minor", as bundle keys name it. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** One level lower, never below minor. */
    ImpactLevel lower() {
        return this == MINOR ? MINOR : values()[ordinal() - 1];
    }
}
