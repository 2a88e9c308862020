package io.smsdocs.core.descriptor;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the free-text targets of the priority scheme ("15 minutes", "4 hours", "3 working days", German
 * "4 Stunden", "1 Arbeitstag") into minutes, so checks can compare them with what an availability target
 * allows. A working day counts as 8 hours, a calendar day as 24; text in no such form gives nothing.
 */
public final class DurationText {

    private static final Pattern AMOUNT = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(min|mins|minute|minutes|minuten|h|hr|hrs|hour|hours|std|stunde|stunden|"
                    + "working days?|business days?|arbeitstage?n?|werktage?n?|days?|tage?n?)(?:\\W.*)?");
    private static final long WORKING_DAY = 8 * 60;
    private static final long DAY = 24 * 60;

    private DurationText() {
    }

    public static OptionalLong minutes(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        Matcher m = AMOUNT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        double amount = Double.parseDouble(m.group(1).replace(',', '.'));
        String unit = m.group(2);
        long perUnit = unit.startsWith("min") ? 1
                : unit.startsWith("h") || unit.startsWith("st") ? 60
                : unit.startsWith("working") || unit.startsWith("business") || unit.startsWith("arbeit") || unit.startsWith("werk") ? WORKING_DAY
                : DAY;
        return OptionalLong.of(Math.round(amount * perUnit));
    }
}
