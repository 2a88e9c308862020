package io.smsdocs.core.descriptor.model;

import java.util.List;

/** A role of the SMS; person and email may be null. */
public record Role(String id, String title, String person, String email, List<String> responsibilities) {

    public Role {
        responsibilities = List.copyOf(responsibilities);
    }
}
