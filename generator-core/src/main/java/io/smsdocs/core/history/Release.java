package io.smsdocs.core.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * An approved release of the document set: an annotated git tag whose name matches the release pattern. The
 * tagger is the approver, the tag's time the approval time and its message the approval note.
 *
 * @param commit the commit the tag points at (40 hex digits)
 */
public record Release(String tag, String commit, String approver, String approverEmail, Instant approvedAt, String note) {

    /** The day of approval in UTC, as revision histories show it. */
    public LocalDate date() {
        return LocalDate.ofInstant(approvedAt, ZoneOffset.UTC);
    }

    /** The first line of the approval note. */
    public String summary() {
        return note == null ? "" : note.strip().lines().findFirst().orElse("");
    }
}
