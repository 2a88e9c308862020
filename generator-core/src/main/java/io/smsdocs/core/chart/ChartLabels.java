package io.smsdocs.core.chart;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The words of a chart in the set's language, by key (chart.*, stage.*, level.*), with the English as
 * the fallback. The drawing code is deep and static, so the labels of the chart being drawn are held
 * per thread for the length of one drawing.
 */
public final class ChartLabels {

    private static final ThreadLocal<Map<String, String>> CURRENT = ThreadLocal.withInitial(Map::of);

    private ChartLabels() {
    }

    static String get(String key, String english) {
        return CURRENT.get().getOrDefault(key, english);
    }

    /** A date as the set writes it: the pattern of the key dateFormat, or ISO 8601. */
    static String date(java.time.LocalDate date) {
        String pattern = CURRENT.get().get("dateFormat");
        return pattern == null ? date.toString()
                : java.time.format.DateTimeFormatter.ofPattern(pattern, java.util.Locale.ROOT).format(date);
    }

    static <T> T with(Map<String, String> labels, Supplier<T> drawing) {
        Map<String, String> previous = CURRENT.get();
        CURRENT.set(labels);
        try {
            return drawing.get();
        } finally {
            CURRENT.set(previous);
        }
    }
}
