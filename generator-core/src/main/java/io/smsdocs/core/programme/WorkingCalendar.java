package io.smsdocs.core.programme;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Monday-to-Friday working days minus a holiday set. */
public final class WorkingCalendar {

    private final Set<LocalDate> holidays;

    public WorkingCalendar(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** The date itself if it is a working day, else the next one (a weekend start rolls to Monday). */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The date itself if it is a working day, else the previous one (for "no later than" deadlines). */
    public LocalDate onOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The first working day strictly after the date. */
    public LocalDate after(LocalDate date) {
        return onOrAfter(date.plusDays(1));
    }

    /** Moves a working day forward (positive) or back (negative) by whole working days. */
    public LocalDate plus(LocalDate workingDay, int workingDays) {
        LocalDate day = onOrAfter(workingDay);
        int step = workingDays >= 0 ? 1 : -1;
        for (int left = Math.abs(workingDays); left > 0; left--) {
            do {
                day = day.plusDays(step);
            } while (!isWorkingDay(day));
        }
        return day;
    }

    /** Working days from the first date up to, not including, the second; 0 when the second is not later. */
    public int workingDaysBetween(LocalDate from, LocalDate toExclusive) {
        int days = 0;
        for (LocalDate day = from; day.isBefore(toExclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }
}
