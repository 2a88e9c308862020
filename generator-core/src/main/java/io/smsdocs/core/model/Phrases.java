package io.smsdocs.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words of the set's language, put together in Java exactly as the macro library puts them together in a
 * template ({@code sms.andList}, {@code ?cap_first}), so a value the model composes reads like one a template
 * composes. Texts come from the message bundles; a key a bundle lacks falls back to the English given here.
 */
final class Phrases {

    private final Map<String, String> messages;
    private final Locale locale;

    /** The set's fixed texts, for helpers that word a phrase of their own. */
    Map<String, String> messages() {
        return messages;
    }

    Phrases(Map<String, String> messages, String language) {
        this.messages = messages;
        this.locale = language == null || language.equals("en") ? Locale.ROOT : Locale.forLanguageTag(language);
    }

    /** The bundle text of key, or english when no bundle has it. */
    String text(String key, String english) {
        return messages.getOrDefault(key, english);
    }

    /** The bundle text of key with {0} replaced by argument (a plain replacement, as the templates do it). */
    String fill(String key, String english, String argument) {
        return text(key, english).replace("{0}", argument);
    }

    /** Whether a bundle has key. */
    boolean has(String key) {
        return messages.containsKey(key);
    }

    /**
     * "A, B and C"; "" for no item. Past a dozen items the sentence ends "… and 4,988 more", as
     * {@code sms.andList} writes it.
     */
    String andList(List<String> items) {
        return AndList.of(items, messages, locale);
    }

    /** The text with its first non-blank character in upper case, as FreeMarker's {@code ?cap_first}. */
    static String capFirst(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        return text.substring(0, i) + Character.toUpperCase(text.charAt(i)) + text.substring(i + 1);
    }
}
