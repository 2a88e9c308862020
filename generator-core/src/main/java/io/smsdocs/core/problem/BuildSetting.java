package io.smsdocs.core.problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A setting of the build (not of the descriptor) named inside a problem's text. The core does not know
 * whether it runs under Maven, the command line or a test, so it writes a token; the edge that prints
 * the problem words it ({@code -Dsms.force=true} for Maven).
 */
public final class BuildSetting {

    private static final Pattern TOKEN = Pattern.compile("\\{setting:([A-Za-z]+)(?:=([^}]*))?}");

    /** How an edge names its settings. */
    public interface Wording {
        /** The setting itself, e.g. "sms.formats". */
        String name(String setting);

        /** The setting with a value, as a user would pass it, e.g. "-Dsms.force=true". */
        String assignment(String setting, String value);
    }

    /** The neutral wording, for tools without their own: the bare names. */
    public static final Wording PLAIN = new Wording() {
        @Override
        public String name(String setting) {
            return setting;
        }

        @Override
        public String assignment(String setting, String value) {
            return setting + "=" + value;
        }
    };

    private BuildSetting() {
    }

    /** A token for the setting, e.g. in "unknown output format" at {@code named("formats")}. */
    public static String named(String setting) {
        return "{setting:" + setting + "}";
    }

    /** A token for the setting with a value, e.g. "run again with " + {@code assigned("force", "true")}. */
    public static String assigned(String setting, String value) {
        return "{setting:" + setting + "=" + value + "}";
    }

    static String word(String text, Wording wording) {
        if (text == null || !text.contains("{setting:")) {
            return text;
        }
        Matcher matcher = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = matcher.group(2) == null ? wording.name(matcher.group(1))
                    : wording.assignment(matcher.group(1), matcher.group(2));
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
