package io.smsdocs.core.programme;

import io.smsdocs.core.standard.Stage;
import io.smsdocs.core.standard.Activity;
import io.smsdocs.core.standard.ActivityCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns capability gap actions into plan activities so that they are scheduled like the rest. */
final class CapabilityActivities {

    /** Working days per level raised: levels 1-2 are mostly doing and recording, 3-5 need definition and data. */
    private static final int[] EFFORT_BY_LEVEL = {0, 5, 5, 10, 10, 10};

    private CapabilityActivities() {
    }

    static List<Activity> from(CapabilityProfile profile, ActivityCatalogue catalogue) {
        List<Activity> activities = new ArrayList<>();
        Map<String, String> previousOfProcess = new HashMap<>();
        for (ProcessCapability process : profile.processes()) {
            for (CapabilityGapAction action : process.actions()) {
                List<String> dependsOn = new ArrayList<>();
                // The process must exist before it can mature; each level builds on the one below.
                catalogue.buildOutOf(process.processId()).ifPresent(a -> dependsOn.add(a.id()));
                String previous = previousOfProcess.put(process.processId(), action.activityId());
                if (previous != null) {
                    dependsOn.add(previous);
                }
                // Up to Managed is part of extending the SMS; Established and above is completing and improving it.
                Stage stage = action.level() <= 2 ? Stage.PHASE_2 : Stage.PHASE_3;
                // Short enough for a chart label; the level's name and needs are in the reason.
                String title = process.processName() + ": level " + action.level();
                activities.add(new Activity(action.activityId(), stage, title, Map.of(),
                        Activity.PROCESS_OWNER_PREFIX + process.processId(), EFFORT_BY_LEVEL[action.level()], 0,
                        dependsOn, true));
            }
        }
        return activities;
    }
}
