package io.smsdocs.core.programme;

import java.time.LocalDate;

/**
 * One owner's share of the plan.
 *
 * @param role            the role id
 * @param capacityPercent the share of a working day the role has for the plan
 * @param effortDays      the effort of its activities, in person-days
 * @param busyDays        working days on which it works on one of them
 * @param peakLoadPercent the highest load on any working day, in percent of a full day (never above the capacity)
 * @param lastEnd         the last day of its last activity
 */
public record OwnerLoad(String role, int capacityPercent, int activities, int effortDays, int busyDays, int peakLoadPercent,
                        LocalDate firstStart, LocalDate lastEnd) {
}
