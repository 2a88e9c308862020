package io.smsdocs.core.descriptor.model;

import java.util.List;
import java.util.Map;

/** Documents left out of the set, and per-document control overrides, by document id. */
public record DocumentSettings(List<String> exclude, Map<String, DocumentOverride> overrides) {

    public DocumentSettings {
        exclude = List.copyOf(exclude);
        overrides = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(overrides));
    }
}
