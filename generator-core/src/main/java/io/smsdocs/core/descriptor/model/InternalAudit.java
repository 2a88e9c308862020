package io.smsdocs.core.descriptor.model;

import java.util.List;
import java.util.Map;

/**
 * Who may audit, and who audits what: auditors are the role ids of the qualified internal auditors, in order
 * of preference (the SMS manager when the descriptor names none); assignments pin the auditor of an area of the
 * audit programme, by area key or process id. Without a pin the programme picks an auditor independent of the area.
 */
public record InternalAudit(List<String> auditors, Map<String, String> assignments) {

    public InternalAudit {
        auditors = List.copyOf(auditors);
        assignments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(assignments));
    }
}
