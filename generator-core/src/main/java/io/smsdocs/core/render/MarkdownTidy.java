package io.smsdocs.core.render;

/**
 * Normalises whitespace left by template directives, so output does not depend on how a template
 * author laid out their {@code <#if>} blocks: no trailing spaces, at most one blank line, one final newline.
 *
 * <p>One pass over the text: the two regular expressions this replaced ({@code [ \t]+$} in multi-line mode, then
 * {@code \n{3,}}) were a tenth of the rendering of a set of thousands of services. The pass gives the same text
 * (MarkdownTidyTest compares both on generated texts): spaces and tabs before any line terminator Java's
 * {@code $} knows, or before the end, are dropped, and a run of three or more newlines becomes two.
 */
final class MarkdownTidy {

    private MarkdownTidy() {
    }

    static String tidy(String markdown) {
        // A char array, not charAt: most sets' text holds a dash or an umlaut, and charAt on such a string checks
        // its index each time in code the quick compiler made.
        char[] text = markdown.replace("\r\n", "\n").toCharArray();
        int length = text.length;
        StringBuilder tidy = new StringBuilder(length + 1);
        int newlines = 0; // newlines written in a row, spaces dropped between them not counting
        int i = 0;
        while (i < length) {
            char c = text[i];
            if (c == ' ' || c == '\t') {
                int end = i + 1;
                while (end < length && (text[end] == ' ' || text[end] == '\t')) {
                    end++;
                }
                if (end < length && !endsLine(text[end])) {
                    tidy.append(text, i, end - i);
                    newlines = 0;
                }
                i = end;
            } else if (c == '\n') {
                if (++newlines <= 2) {
                    tidy.append('\n');
                }
                i++;
            } else {
                int end = i + 1;
                while (end < length && text[end] != ' ' && text[end] != '\t' && text[end] != '\n') {
                    end++;
                }
                tidy.append(text, i, end - i);
                newlines = 0;
                i = end;
            }
        }
        return tidy.toString().strip() + "\n";
    }

    /** The line terminators before which {@code $} matches in Java's multi-line mode. */
    private static boolean endsLine(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
