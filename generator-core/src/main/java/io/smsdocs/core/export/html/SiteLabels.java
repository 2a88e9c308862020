package io.smsdocs.core.export.html;

import io.smsdocs.core.model.DisplayDates;
import io.smsdocs.core.model.LocalMessages;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * The words of the site's pages in the set's language (site.*, and the register's and matrix's words for
 * families and statuses), with dates as the set writes them. A missing key prints as the key, as in the documents.
 */
final class SiteLabels {

    private final Map<String, String> messages;
    private final Locale locale;
    private final DisplayDates dates;
    private final String language;

    SiteLabels(Map<String, String> messages, String language) {
        this.messages = messages;
        this.language = language == null ? "en" : language;
        this.locale = this.language.equals("en") ? Locale.ROOT : Locale.forLanguageTag(this.language);
        this.dates = DisplayDates.of(messages);
    }

    /** The set's language as an HTML lang attribute. */
    String language() {
        return language;
    }

    /** The text of a key, HTML-escaped, with {0}, {1} ... filled in. */
    String get(String key, Object... arguments) {
        return Html.text(raw(key, arguments));
    }

    String raw(String key, Object... arguments) {
        return arguments.length == 0 ? messages.getOrDefault(key, key) : LocalMessages.format(messages, locale, key, arguments);
    }

    String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    /** A family of documents by its kind, plural, first letter in upper case ("Policies", "Verfahren"). */
    String family(String kind) {
        String plural = messages.getOrDefault("documentRegister.kind." + kind + ".other", kind);
        return plural.isEmpty() ? plural : plural.substring(0, 1).toUpperCase(locale) + plural.substring(1);
    }

    /** A gap status as the traceability matrix words it. */
    String gapStatus(String status) {
        String key = "not assessed".equals(status) ? "notAssessed" : status;
        return messages.getOrDefault("traceability.status." + key, status);
    }

    String documentStatus(boolean draft) {
        return messages.getOrDefault(draft ? "statusDraft" : "statusApproved", draft ? "Draft" : "Approved");
    }
}
