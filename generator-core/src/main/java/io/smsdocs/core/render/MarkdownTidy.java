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
        char[] text = new char[markdown.length()];
        markdown.getChars(0, text.length, text, 0);
        return tidy(text);
    }

    /** The text as a template wrote it, read straight from the builder it was written into. */
    static String tidy(StringBuilder markdown) {
        char[] text = new char[markdown.length()];
        markdown.getChars(0, text.length, text, 0);
        return tidy(text);
    }

    private static String tidy(char[] text) {
        // Char arrays, not charAt: most sets' text holds a dash or an umlaut, and charAt on such a string checks
        // its index each time in code the quick compiler made. The text is read once and written once into an
        // array as long as itself (it only gets shorter), then made a string once: each copy of the text is a
        // copy of every document of the set.
        int length = text.length;
        char[] tidy = new char[length + 1];
        int size = 0;
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
                    System.arraycopy(text, i, tidy, size, end - i);
                    size += end - i;
                    newlines = 0;
                }
                i = end;
            } else if (c == '\n' || c == '\r' && i + 1 < length && text[i + 1] == '\n') {
                // CRLF counts as LF, as the replace("\r\n", "\n") this pass began with made it
                if (++newlines <= 2) {
                    tidy[size++] = '\n';
                }
                i += c == '\r' ? 2 : 1;
            } else {
                int end = i + 1;
                while (end < length && text[end] != ' ' && text[end] != '\t' && text[end] != '\n' && text[end] != '\r') {
                    end++;
                }
                System.arraycopy(text, i, tidy, size, end - i);
                size += end - i;
                newlines = 0;
                i = end;
            }
        }
        // strip(), then one final newline
        int first = 0;
        while (first < size && Character.isWhitespace(tidy[first])) {
            first++;
        }
        int last = size;
        while (last > first && Character.isWhitespace(tidy[last - 1])) {
            last--;
        }
        tidy[last] = '\n';
        return new String(tidy, first, last + 1 - first);
    }

    /** The line terminators before which {@code $} matches in Java's multi-line mode. */
    private static boolean endsLine(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
