package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.model.Organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.smsdocs.core.model.TemplateModelFactory.map;

/**
 * Who the provider is, so the documents speak in its own voice: {@code provider} says whether it serves its own
 * organisation (inHouse: internal agreements, funding, no revenue or credits), external customers under
 * contracts (external), or both; {@code sector} holds the points an auditor of its sector expects, by topic
 * (sector.change, sector.incident, …; empty lists when no sector is named), from the sector bundles.
 */
final class ProviderVoice {

    static final List<String> TOPICS = List.of("change", "incident", "continuity", "configuration", "security", "supplier");

    private ProviderVoice() {
    }

    static Map<String, Object> provider(Organization organization) {
        String type = organization.providerType();
        return map("type", type, "derived", organization.providerTypeDerived(),
                "inHouse", "in-house".equals(type), "external", type == null || "external".equals(type) || "both".equals(type),
                "both", "both".equals(type), "commercial", !"in-house".equals(type));
    }

    /**
     * The phrases that differ by kind of provider, by key (voice.slaCredits): the bundle's {@code voice.<key>.inHouse}
     * for an in-house provider, {@code voice.<key>.external} otherwise.
     */
    static Map<String, Object> voice(Organization organization, Map<String, String> messages) {
        String variant = organization.inHouse() ? ".inHouse" : ".external";
        Map<String, Object> voice = new java.util.TreeMap<>();
        for (String key : messages.keySet()) {
            if (key.startsWith("voice.") && key.endsWith(variant)) {
                voice.put(key.substring("voice.".length(), key.length() - variant.length()), messages.get(key));
            }
        }
        return java.util.Collections.unmodifiableMap(voice);
    }

    static Map<String, Object> sector(Organization organization, Map<String, String> messages) {
        String id = organization.sector();
        Map<String, Object> sector = new LinkedHashMap<>();
        if (id != null) {
            sector.put("id", id);
            sector.put("name", messages.getOrDefault("sector." + id + ".name", id));
        }
        for (String topic : TOPICS) {
            List<String> points = new ArrayList<>();
            for (int n = 1; id != null && messages.containsKey("sector." + id + "." + topic + "." + n); n++) {
                points.add(messages.get("sector." + id + "." + topic + "." + n));
            }
            sector.put(topic, List.copyOf(points));
        }
        return java.util.Collections.unmodifiableMap(sector);
    }
}
