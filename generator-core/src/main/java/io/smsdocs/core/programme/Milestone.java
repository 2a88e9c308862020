package io.smsdocs.core.programme;

import java.time.LocalDate;

/**
 * A dated milestone.
 *
 * @param given true when the date came from the certification input, false when the plan computed it
 * @param basis one sentence on where the date comes from
 */
public record Milestone(MilestoneKind kind, String title, LocalDate date, boolean given, String basis) {
}
