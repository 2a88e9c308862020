package io.smsdocs.core.programme;

import io.smsdocs.core.standard.Stage;
import java.time.LocalDate;
import java.util.List;

/**
 * One activity of the computed plan.
 *
 * @param clauses             the clauses it builds out in the plan's edition
 * @param owner               symbolic owner from the catalogue ({@code process:<id>}, {@code sms-manager} ...)
 * @param ownerRole           the role that does it: the override, the process owner, or the symbolic role
 * @param effortDays          effort after gap results and overrides; 0 when dropped
 * @param catalogueEffortDays effort at full scope, for comparison
 * @param reason              why it has this treatment, e.g. "partly in place: 8.6.1"
 * @param dependsOn           effective dependencies: dropped ones are replaced by their own dependencies
 * @param start               first working day; null when dropped
 * @param end                 last working day; null when dropped
 * @param durationDays        working days from start to end: the effort at the owner's capacity; 0 when dropped
 * @param fromCapability      added by the capability self-assessment rather than the catalogue
 */
public record ScheduledActivity(String id, Stage stage, String title, List<String> clauses, String owner,
                                String ownerRole, int effortDays, int catalogueEffortDays, Treatment treatment,
                                Reason why, List<String> dependsOn, LocalDate start, LocalDate end,
                                int durationDays, boolean fromCapability) {

    public ScheduledActivity {
        clauses = List.copyOf(clauses);
        dependsOn = List.copyOf(dependsOn);
    }

    /** Why it has its treatment, in English ("partly in place: 8.6.3"). */
    public String reason() {
        return why.text();
    }

    public boolean dropped() {
        return treatment == Treatment.DROPPED;
    }

    public boolean shortened() {
        return treatment == Treatment.SHORTENED;
    }

    /** The owner's load on each working day of the activity, in percent of a full day. */
    public double dailyLoadPercent() {
        return durationDays == 0 ? 0 : effortDays * 100.0 / durationDays;
    }
}
