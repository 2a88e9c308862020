package io.smsdocs.core.model;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "A, B and C" in the set's language, as the macro library's andList writes it: past a dozen names a list
 * ends "… and 4,988 more".
 */
final class AndList {

    private AndList() {
    }

    static String of(List<String> items, Map<String, String> messages, Locale locale) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        if (items.size() > 12) {
            String more = new DecimalFormat(",##0", DecimalFormatSymbols.getInstance(locale)).format(items.size() - 10L);
            return String.join(", ", items.subList(0, 10)) + " " + messages.getOrDefault("andMore", "and {0} more").replace("{0}", more);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + messages.getOrDefault("and", "and") + " " + items.get(items.size() - 1);
    }
}
