package io.smsdocs.core.programme;

import java.util.List;

/**
 * What one process needs to reach one more capability level.
 *
 * @param requirements what each attribute must reach, e.g. PA3.1 Process definition at least L
 * @param activityId the plan activity that carries the work
 */
public record CapabilityGapAction(String processId, int level, String levelTitle, List<Need> requirements,
                                  String activityId) {

    public CapabilityGapAction {
        requirements = List.copyOf(requirements);
    }

    /** The requirements in English ("PA3.1 Process definition at least L"). */
    public List<String> needs() {
        return requirements.stream().map(Need::text).toList();
    }
}
