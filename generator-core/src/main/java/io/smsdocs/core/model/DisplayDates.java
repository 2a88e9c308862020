package io.smsdocs.core.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Dates as the set's language writes them: ISO 8601 (2026-01-15) unless the bundles name another pattern
 * (dateFormat = dd.MM.yyyy in German). Template logic that computes with a date reads its ISO twin.
 */
public final class DisplayDates {

    private final DateTimeFormatter format;

    private DisplayDates(DateTimeFormatter format) {
        this.format = format;
    }

    public static DisplayDates of(Map<String, String> messages) {
        String pattern = messages.get("dateFormat");
        return new DisplayDates(pattern == null ? DateTimeFormatter.ISO_LOCAL_DATE : DateTimeFormatter.ofPattern(pattern, Locale.ROOT));
    }

    public String format(LocalDate date) {
        return date == null ? null : format.format(date);
    }
}
