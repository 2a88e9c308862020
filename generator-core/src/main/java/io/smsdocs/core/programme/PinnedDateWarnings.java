package io.smsdocs.core.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Warns when a given (pinned) date comes before the activities it depends on have ended. */
final class PinnedDateWarnings {

    private PinnedDateWarnings() {
    }

    static List<String> find(List<ScheduledActivity> activities, Map<String, Scheduler.Dates> dates) {
        List<String> warnings = new ArrayList<>();
        for (ScheduledActivity activity : activities) {
            if (activity.dropped()) {
                continue;
            }
            for (String dependency : activity.dependsOn()) {
                Scheduler.Dates before = dates.get(dependency);
                if (before != null && !before.end().isBefore(activity.start())) {
                    warnings.add(activity.id() + " " + activity.title() + " starts on " + activity.start()
                            + ", before " + dependency + " ends on " + before.end());
                }
            }
        }
        return warnings;
    }
}
