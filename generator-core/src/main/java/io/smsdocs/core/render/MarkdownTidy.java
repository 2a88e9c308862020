package io.smsdocs.core.render;

import java.util.regex.Pattern;

/**
 * Normalises whitespace left by template directives, so output does not depend on how a template
 * author laid out their {@code <#if>} blocks: no trailing spaces, at most one blank line, one final newline.
 */
final class MarkdownTidy {

    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t]+$", Pattern.MULTILINE);
    private static final Pattern BLANK_RUNS = Pattern.compile("\n{3,}");

    private MarkdownTidy() {
    }

    static String tidy(String markdown) {
        String text = markdown.replace("\r\n", "\n");
        text = TRAILING_SPACES.matcher(text).replaceAll("");
        text = BLANK_RUNS.matcher(text).replaceAll("\n\n");
        return text.strip() + "\n";
    }
}
