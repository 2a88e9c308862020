package io.smsdocs.core.problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A setting of the build (not of the descriptor) named inside a problem's text. The core does not know
 * whether it runs under Maven, the command line or a test, so it writes a token; the edge that prints
 * the problem words it ({@code -Dsms.force=true} for Maven).
 */
public final class BuildSetting {

    private static final Pattern TOKEN = Pattern.compile("\\{(setting|goal):([A-Za-z-]+)(?:=([^}]*))?}");

    /**
     * How an edge names settings and goals: a setting is always {@code sms.<name>}; a setting with a value
     * and a goal take the edge's prefixes ("-Dsms." and "mvn sms:" for Maven).
     */
    public record Wording(String assignmentPrefix, String goalPrefix) {

        /** The setting itself, e.g. "sms.formats". */
        public String name(String setting) {
            return "sms." + setting;
        }

        /** The setting with a value, as a user would pass it, e.g. "-Dsms.force=true". */
        public String assignment(String setting, String value) {
            return assignmentPrefix + setting + "=" + value;
        }

        /** A goal of the tool as a user runs it, e.g. "mvn sms:init". */
        public String goal(String goal) {
            return goalPrefix + goal;
        }
    }

    /** The neutral wording, for tools without their own: sms.force=true, sms:init. */
    public static final Wording PLAIN = new Wording("sms.", "sms:");

    private BuildSetting() {
    }

    /** A token for the setting, e.g. in "unknown output format" at {@code named("formats")}. */
    public static String named(String setting) {
        return "{setting:" + setting + "}";
    }

    /** A token for a goal of the tool, e.g. {@code goal("init") + " writes a starter"}. */
    public static String goal(String goal) {
        return "{goal:" + goal + "}";
    }

    /** A token for the setting with a value, e.g. "run again with " + {@code assigned("force", "true")}. */
    public static String assigned(String setting, String value) {
        return "{setting:" + setting + "=" + value + "}";
    }

    static String word(String text, Wording wording) {
        if (text == null || !(text.contains("{setting:") || text.contains("{goal:"))) {
            return text;
        }
        Matcher matcher = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = matcher.group(1).equals("goal") ? wording.goal(matcher.group(2))
                    : matcher.group(3) == null ? wording.name(matcher.group(2)) : wording.assignment(matcher.group(2), matcher.group(3));
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
