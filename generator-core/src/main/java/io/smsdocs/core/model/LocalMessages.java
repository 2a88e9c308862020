package io.smsdocs.core.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/**
 * A bundle text with its {0}, {1} ... filled in, numbers in the set's locale. An apostrophe in a bundle text
 * is a letter ("the service's"), never MessageFormat's quote; a missing key prints as the key.
 */
public final class LocalMessages {

    private LocalMessages() {
    }

    public static String format(Map<String, String> messages, Locale locale, String key, Object... arguments) {
        return new MessageFormat(messages.getOrDefault(key, key).replace("'", "''"), locale).format(arguments);
    }
}
