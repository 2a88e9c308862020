package io.smsdocs.core.template;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;

import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker output format for Markdown: every ${value} is escaped, so a '|' in a service name cannot
 * break a table and a '*' in a description cannot start emphasis. A line break in a value (a YAML block
 * scalar) becomes a space: it would end a table row or a heading, or start a list or heading of its own.
 * Literal template text is untouched.
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Model> {

    public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    private MarkdownOutputFormat() {
    }

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String text, Writer out) throws IOException {
        out.write(escapePlainText(text));
    }

    @Override
    public String escapePlainText(String text) {
        // Most values need nothing: find the first character that does before copying anything. Every value a
        // template prints passes here (String.indexOf per character was 7 % of the rendering of a large set).
        int length = text.length();
        int first = 0;
        while (first < length && !needsChange(text.charAt(first))) {
            first++;
        }
        if (first == length) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(length + 8).append(text, 0, first);
        for (int i = first; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\n' && i > 0 && text.charAt(i - 1) == '\r') {
                    continue;
                }
                escaped.append(' ');
                continue;
            }
            if (needsChange(c)) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** A line break, or one of the characters that would change the Markdown: \ ` * _ [ ] &lt; &gt; | */
    private static boolean needsChange(char c) {
        switch (c) {
            case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '\r', '\n':
                return true;
            default:
                return false;
        }
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Model(plainTextContent, markupContent);
    }

    /** Markdown already escaped, or built by a template on purpose. */
    public static final class Model extends CommonTemplateMarkupOutputModel<Model> {
        Model(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public MarkdownOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
