package io.smsdocs.core.programme;

/** A user's correction of one catalogue activity; a null field keeps the catalogue value. */
public record ActivityOverride(Integer effortDays, String ownerRole) {

    public ActivityOverride {
        if (effortDays != null && effortDays < 1) {
            throw new IllegalArgumentException("effortDays must be at least 1, was " + effortDays);
        }
    }
}
