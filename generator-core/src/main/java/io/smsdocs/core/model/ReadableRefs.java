package io.smsdocs.core.model;

import java.util.Map;

/**
 * The reference a document prints for an objective, risk or opportunity: one form in every document of the
 * set, numbered in the descriptor's order within its kind and padded to two digits, in the set's language
 * ({@code ref.objective = OBJ-{0}} in English, {@code Z-{0}} in German). The descriptor's id stays the key
 * that ties entries together; readers see the reference.
 */
final class ReadableRefs {

    private ReadableRefs() {
    }

    static String of(String kind, int number, Map<String, String> messages) {
        String pattern = messages.getOrDefault("ref." + kind, kind.substring(0, 1).toUpperCase() + "-{0}");
        return pattern.replace("{0}", String.format("%02d", number));
    }
}
