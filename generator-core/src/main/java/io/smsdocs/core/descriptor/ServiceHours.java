package io.smsdocs.core.descriptor;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the free-text service hours of a descriptor ("24x7", "Mon-Fri 08:00-18:00, Sat 09:00-13:00")
 * into hours per week, so documents can state what downtime an availability target allows.
 */
public final class ServiceHours {

    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    // "24x7", "24/7", "24x7x365", also with words after it: "24x7 including public holidays".
    private static final Pattern ROUND_THE_CLOCK = Pattern.compile("24\\s*[x/]\\s*7(\\s*[x/]\\s*365)?(\\W.*)?");
    private static final Pattern SEGMENT = Pattern.compile(
            "(daily|mon|tue|wed|thu|fri|sat|sun)[a-z]*(?:\\s*-\\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*)?\\s+(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");
    private static final double DAYS_PER_MONTH = 365.25 / 12;

    private ServiceHours() {
    }

    private static final Map<String, String> GERMAN_DAYS = Map.of("mo", "mon", "di", "tue", "mi", "wed", "do", "thu", "fr", "fri",
            "sa", "sat", "so", "sun", "täglich", "daily");
    private static final Pattern GERMAN_DAY = Pattern.compile("(?<![\\p{L}])(mo|di|mi|do|fr|sa|so|täglich)(?![\\p{L}])");

    /** German hours ("Mo–Fr 07:00–19:00 Uhr") read like English ones: day names translated, dashes made plain. */
    private static String english(String hours) {
        Matcher m = GERMAN_DAY.matcher(hours.replace('\u2013', '-').replace('\u2014', '-').replaceAll("\\s*uhr\\b", ""));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, GERMAN_DAYS.get(m.group(1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static final double HOURS_PER_WEEK_ROUND_THE_CLOCK = 168;

    /** Whether the service runs every hour of the week ("24x7" and its forms). */
    public static boolean roundTheClock(String hours) {
        return perWeek(hours).orElse(0) == HOURS_PER_WEEK_ROUND_THE_CLOCK;
    }

    /** Hours of service per week, or empty when the text is in no form we recognise. */
    public static OptionalDouble perWeek(String hours) {
        String text = normalised(hours);
        if (ROUND_THE_CLOCK.matcher(text).matches()) {
            return OptionalDouble.of(168);
        }
        List<Segment> segments = read(text);
        return segments == null ? OptionalDouble.empty()
                : OptionalDouble.of(segments.stream().mapToDouble(s -> s.days() * s.minutes() / 60.0).sum());
    }

    /** One stretch of service hours: a day or a range of days ("daily" for every day), from and to as hh:mm. */
    public record Segment(String firstDay, String lastDay, String from, String to) {

        int days() {
            if (firstDay.equals("daily")) {
                return 7;
            }
            return lastDay == null ? 1 : Math.floorMod(DAYS.indexOf(lastDay) - DAYS.indexOf(firstDay), 7) + 1;
        }

        int minutes() {
            return minutesOf(to) - minutesOf(from);
        }

        private static int minutesOf(String time) {
            return Integer.parseInt(time.substring(0, 2)) * 60 + Integer.parseInt(time.substring(3));
        }
    }

    /**
     * The hours as stretches, in the descriptor's order; empty when the text is round the clock or in no
     * form we recognise (the text is then shown as written).
     */
    public static List<Segment> segments(String hours) {
        String text = normalised(hours);
        List<Segment> segments = ROUND_THE_CLOCK.matcher(text).matches() ? null : read(text);
        return segments == null ? List.of() : segments;
    }

    private static String normalised(String hours) {
        return english(hours == null ? "" : hours.strip().toLowerCase(Locale.ROOT));
    }

    /** The stretches of a normalised text, or null when one is in no form we recognise or ends before it starts. */
    private static List<Segment> read(String text) {
        List<Segment> segments = new java.util.ArrayList<>();
        for (String segment : text.split(",")) {
            Matcher m = SEGMENT.matcher(segment.strip());
            if (!m.matches()) {
                return null;
            }
            Segment read = new Segment(m.group(1), m.group(2), twoDigits(m.group(3)) + ":" + m.group(4), twoDigits(m.group(5)) + ":" + m.group(6));
            if (read.minutes() <= 0) {
                return null;
            }
            segments.add(read);
        }
        return List.copyOf(segments);
    }

    /** What follows "24x7" in a round-the-clock text ("including public holidays"), or null when it is not one. */
    public static String roundTheClockRest(String hours) {
        if (hours == null) {
            return null;
        }
        Matcher m = ROUND_THE_CLOCK.matcher(normalised(hours));
        if (!m.matches()) {
            return null;
        }
        String original = hours.strip();
        int cut = m.group(2) == null ? original.length() : original.length() - m.group(2).length();
        return original.substring(Math.max(0, cut)).strip();
    }

    private static String twoDigits(String hour) {
        return hour.length() == 1 ? "0" + hour : hour;
    }

    /** The unplanned downtime in minutes an availability target allows in an average month, or empty for unread hours. */
    public static OptionalDouble allowedMinutesPerMonth(String hours, BigDecimal availabilityTarget) {
        OptionalDouble weekly = perWeek(hours);
        if (weekly.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(weekly.getAsDouble() / 7 * DAYS_PER_MONTH * 60 * (100 - availabilityTarget.doubleValue()) / 100);
    }

    /** The unplanned downtime in minutes an availability target allows in a year (twelve average months), or empty for unread hours. */
    public static OptionalDouble allowedMinutesPerYear(String hours, BigDecimal availabilityTarget) {
        OptionalDouble monthly = allowedMinutesPerMonth(hours, availabilityTarget);
        return monthly.isEmpty() ? monthly : OptionalDouble.of(monthly.getAsDouble() * 12);
    }

    /** The unplanned downtime an availability target allows in an average month, e.g. "3 h 39 min". */
    public static String allowedDowntimePerMonth(String hours, BigDecimal availabilityTarget) {
        return allowedDowntime(hours, availabilityTarget, 1);
    }

    /** The unplanned downtime an availability target allows in a year, e.g. "43 h 48 min". */
    public static String allowedDowntimePerYear(String hours, BigDecimal availabilityTarget) {
        return allowedDowntime(hours, availabilityTarget, 12);
    }

    private static String allowedDowntime(String hours, BigDecimal availabilityTarget, int months) {
        double unavailable = 100 - availabilityTarget.doubleValue();
        OptionalDouble weekly = perWeek(hours);
        if (weekly.isEmpty()) {
            return BigDecimal.valueOf(unavailable).stripTrailingZeros().toPlainString() + "% of the agreed service hours";
        }
        return minutes(Math.round(weekly.getAsDouble() / 7 * DAYS_PER_MONTH * months * 60 * unavailable / 100));
    }

    /** A number of minutes as "45 min", "3 h" or "3 h 39 min". */
    public static String minutes(long minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
