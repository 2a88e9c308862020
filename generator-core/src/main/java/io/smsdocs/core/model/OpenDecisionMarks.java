package io.smsdocs.core.model;

import io.smsdocs.core.decision.OpenDecision;
import io.smsdocs.core.decision.OpenDecision.Topic;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which open decision concerns which service, supplier or role, so a document that states an assumed value
 * can point at the register entry (service.open.serviceHours = "D-07") and a role without a holder reads
 * "to be named (D-01)" instead of a dash.
 */
final class OpenDecisionMarks {

    private final Map<String, Map<String, Object>> bySubject = new LinkedHashMap<>();
    private final Map<Topic, String> byTopic = new LinkedHashMap<>();

    OpenDecisionMarks(List<OpenDecision> decisions) {
        for (OpenDecision decision : decisions) {
            byTopic.putIfAbsent(decision.topic(), decision.id());
            for (String subject : decision.subjects()) {
                bySubject.computeIfAbsent(subject, k -> new LinkedHashMap<>()).put(decision.topic().key(), decision.id());
            }
        }
    }

    /** The decisions open on this service, supplier or role, by topic key; empty when none. */
    Map<String, Object> of(String subjectId) {
        Map<String, Object> marks = bySubject.get(subjectId);
        return marks == null ? Map.of() : Collections.unmodifiableMap(marks);
    }

    /** The number of the (first) open decision of this topic, or null. */
    String id(Topic topic) {
        return byTopic.get(topic);
    }

    /** Who holds a role, as documents print it: the person, "to be named (D-01)" while that is open, else a dash. */
    String holder(String roleId, String person, Map<String, String> messages) {
        if (person != null && !person.isBlank()) {
            return person;
        }
        Object open = of(roleId).get(Topic.TOP_MANAGEMENT_HOLDER.key());
        if (open == null) {
            open = of(roleId).get(Topic.SMS_MANAGER_HOLDER.key());
        }
        return open == null ? "—" : messages.getOrDefault("decision.toBeNamed", "to be named ({0})").replace("{0}", open.toString());
    }
}
