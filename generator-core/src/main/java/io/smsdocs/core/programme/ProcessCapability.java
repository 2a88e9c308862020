package io.smsdocs.core.programme;

import java.util.List;
import java.util.Map;

/**
 * Capability of one process.
 *
 * @param ratedLevel the level the attribute ratings support; null when no ratings were given
 * @param startLevel the level gap actions start from: the rated level when there are ratings, else the declared one
 * @param findings   e.g. a declared level the ratings do not support
 */
public record ProcessCapability(String processId, String processName, int declaredLevel, int targetLevel,
                                Integer ratedLevel, int startLevel, Map<String, Rating> ratings,
                                List<String> findings, List<CapabilityGapAction> actions) {

    public ProcessCapability {
        ratings = Map.copyOf(ratings);
        findings = List.copyOf(findings);
        actions = List.copyOf(actions);
    }

    public String declaredLevelTitle() {
        return CapabilityLevel.of(declaredLevel).title();
    }

    public String targetLevelTitle() {
        return CapabilityLevel.of(targetLevel).title();
    }
}
