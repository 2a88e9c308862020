package io.smsdocs.core.programme;

import java.util.Map;
import java.util.TreeMap;

/**
 * A capability self-assessment of one process: declared current level, target level (0-5) and optional
 * ratings keyed by attribute id ("PA1.1" ... "PA5.2").
 */
public record ProcessAssessment(String processId, int currentLevel, int targetLevel, Map<String, Rating> ratings) {

    public ProcessAssessment {
        checkLevel("currentLevel", currentLevel);
        checkLevel("targetLevel", targetLevel);
        ratings = ratings == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(ratings));
    }

    public ProcessAssessment(String processId, int currentLevel, int targetLevel) {
        this(processId, currentLevel, targetLevel, Map.of());
    }

    private static void checkLevel(String name, int level) {
        if (level < 0 || level > 5) {
            throw new IllegalArgumentException(name + " must be 0 to 5, was " + level);
        }
    }
}
