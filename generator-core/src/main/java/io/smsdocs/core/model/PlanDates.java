package io.smsdocs.core.model;

import io.smsdocs.core.programme.ProgrammeBuilder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Dates of the implementation programme as the documents print them: in the set's date format, or, for a plan
 * without a start date, as the week of the project ("week 12"), since its days are only nominal.
 */
final class PlanDates {

    private final boolean dated;
    private final DisplayDates dates;
    private final String week;

    PlanDates(boolean dated, DisplayDates dates, Map<String, String> messages) {
        this.dated = dated;
        this.dates = dates;
        this.week = messages.getOrDefault("planWeek", "week {0}");
    }

    boolean dated() {
        return dated;
    }

    /** The date, or "week n" of an undated plan; null for null. */
    String label(LocalDate date) {
        if (date == null) {
            return null;
        }
        if (dated) {
            return dates.format(date);
        }
        int workingDays = 0;
        for (LocalDate d = ProgrammeBuilder.NOMINAL_START; d.isBefore(date); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                workingDays++;
            }
        }
        return week.replace("{0}", String.valueOf(workingDays / 5 + 1));
    }

    /** The ISO date for template logic; null when the plan is undated, whose days mean nothing on a calendar. */
    String iso(LocalDate date) {
        return dated && date != null ? date.toString() : null;
    }
}
