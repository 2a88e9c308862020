package io.smsdocs.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "A, B and C" in the set's language, as the macro library's andList writes it: always the complete list, never
 * "and 9 more" in a controlled document.
 */
final class AndList {

    private AndList() {
    }

    static String of(List<String> items, Map<String, String> messages, Locale locale) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + messages.getOrDefault("and", "and") + " " + items.get(items.size() - 1);
    }
}
