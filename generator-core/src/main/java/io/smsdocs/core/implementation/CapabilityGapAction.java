package io.smsdocs.core.implementation;

import java.util.List;

/**
 * What one process needs to reach one more capability level.
 *
 * @param needs      attribute requirements, e.g. "PA3.1 Process definition at least L"
 * @param activityId the plan activity that carries the work
 */
public record CapabilityGapAction(String processId, int level, String levelTitle, List<String> needs,
                                  String activityId) {

    public CapabilityGapAction {
        needs = List.copyOf(needs);
    }
}
