package io.smsdocs.core.descriptor.model;

import java.util.List;

/**
 * A role of the SMS; person and email may be null.
 *
 * @param capacity percent of the holder's working time available for SMS work (5-100), or null when the
 *                 descriptor does not say: the implementation plan then assumes {@link #DEFAULT_CAPACITY}
 */
public record Role(String id, String title, String person, String email, List<String> responsibilities, Integer capacity,
                   String grammaticalGender, boolean plural) {

    /** The share of time a role gives the SMS project when the descriptor does not say: half, next to its day job. */
    public static final int DEFAULT_CAPACITY = 50;

    public Role {
        responsibilities = List.copyOf(responsibilities);
    }

    public Role(String id, String title, String person, String email, List<String> responsibilities) {
        this(id, title, person, email, responsibilities, null);
    }

    public Role(String id, String title, String person, String email, List<String> responsibilities, Integer capacity) {
        this(id, title, person, email, responsibilities, capacity, null, false);
    }

    /** The capacity the plan uses: the descriptor's, else the default. */
    public int capacityPercent() {
        return capacity != null ? capacity : DEFAULT_CAPACITY;
    }

    public boolean capacityGiven() {
        return capacity != null;
    }
}
