package io.smsdocs.core.render;

import io.smsdocs.core.problem.Suggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds the data-model name or library macro closest to a misspelt template expression. */
final class ModelNames {

    private final Map<String, Object> model;
    private final Set<String> library;

    ModelNames(Map<String, Object> model, Set<String> library) {
        this.model = model;
        this.library = library;
    }

    /** For {@code org.nam}: the keys of {@code org}; for {@code sms.x}: also the library's macros. */
    Optional<String> suggest(String expression) {
        String[] parts = expression.split("\\.");
        Object parent = model;
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            if (!(parent instanceof Map<?, ?> map) || !map.containsKey(parts[i])) {
                return Optional.empty();
            }
            parent = map.get(parts[i]);
            prefix.append(parts[i]).append('.');
        }
        List<String> candidates = new ArrayList<>();
        if (parent instanceof Map<?, ?> map) {
            map.keySet().forEach(key -> candidates.add(key.toString()));
        }
        if (prefix.toString().equals("sms.")) {
            candidates.addAll(library);
        }
        String last = parts[parts.length - 1];
        return Suggestions.closest(last, candidates).filter(c -> !c.equals(last)).map(c -> prefix + c);
    }
}
