package io.smsdocs.core.export.clauseindex;

import io.smsdocs.core.model.DisplayDates;
import io.smsdocs.core.model.LocalMessages;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** The words of the clause index in the set's language (clauseIndex.* of the pack's messages), with dates as the set writes them. */
final class ClauseIndexLabels {

    private final Map<String, String> messages;
    private final Locale locale;
    private final DisplayDates dates;

    ClauseIndexLabels(Map<String, String> messages, String language) {
        this.messages = messages;
        this.locale = language == null || language.equals("en") ? Locale.ROOT : Locale.forLanguageTag(language);
        this.dates = DisplayDates.of(messages);
    }

    /** The text of a key with {0}, {1} ... filled in; a missing key prints as the key, as in the documents. */
    String get(String key, Object... arguments) {
        return arguments.length == 0 ? messages.getOrDefault(key, key) : LocalMessages.format(messages, locale, key, arguments);
    }

    String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }
}
