package io.smsdocs.core.model;

import io.smsdocs.core.standard.ClauseCatalogue;
import io.smsdocs.core.standard.EditionMapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shared templates cite 2018 clause numbers; in a 2011 set each citation becomes the 2011 clauses the
 * edition mapping gives for it. Only the most specific ones are kept: a section on records cites
 * 4.3.3, not also 4.3. A template that needs a different citation says so with {@code clauses2011}.
 */
final class Citations2011 {

    private static final Map<String, Object> ALL = build();

    private Citations2011() {
    }

    static Map<String, Object> all() {
        return ALL;
    }

    private static Map<String, Object> build() {
        Map<String, Object> citations = new LinkedHashMap<>();
        for (var clause : ClauseCatalogue.forEdition("2018").all()) {
            List<String> named = EditionMapping.citation2011(clause.number());
            citations.put(clause.number(), named.isEmpty() ? mostSpecific(EditionMapping.to2011(clause.number())) : List.copyOf(named));
        }
        return java.util.Collections.unmodifiableMap(citations);
    }

    static List<Object> mostSpecific(Set<String> clauses) {
        List<Object> kept = new ArrayList<>();
        for (String clause : clauses) {
            boolean hasDescendant = clauses.stream().anyMatch(other -> other.startsWith(clause + "."));
            if (!hasDescendant) {
                kept.add(clause);
            }
        }
        return List.copyOf(kept);
    }
}
