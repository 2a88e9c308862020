package io.smsdocs.core.export.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/** The visible text of a node, without markup or link targets; a lighter TextCollectingVisitor. */
public final class PlainText {

    private PlainText() {
    }

    public static String of(Node node) {
        StringBuilder text = new StringBuilder();
        append(node, text);
        return text.toString();
    }

    private static void append(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text) {
                text.append(unescaped(child.getChars()));
            } else if (child instanceof Code code) {
                text.append(code.getText());
            } else if (child instanceof HtmlEntity) {
                text.append(child.getChars().unescape()); // "&amp;" is the "&" a reader sees, not a space
            } else if (child.hasChildren()) {
                append(child, text);
            } else {
                text.append(' ');
            }
        }
    }

    /**
     * The text with its backslash escapes and entities resolved, as flexmark's {@code unescape()} gives it; text
     * without a backslash or ampersand (nearly all of it) is returned as it is, without flexmark's regex search
     * over its segmented sequence.
     */
    public static String unescaped(BasedSequence chars) {
        String text = string(chars);
        return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : chars.unescape();
    }

    /**
     * The characters as a string. A piece of the parsed text that lies in one stretch of it (a {@link SubSequence},
     * as nearly every text node is) is cut from that text in one copy; flexmark's own {@code toString()} appends
     * it a character at a time, which was a tenth of the DOCX export.
     */
    static String string(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String whole) {
            return whole.substring(chars.getStartOffset(), chars.getEndOffset());
        }
        return chars.toString();
    }

    /** Length of the longest run of non-blank characters. */
    public static int longestWord(CharSequence text) {
        int longest = 0;
        int current = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                current = 0;
            } else {
                longest = Math.max(longest, ++current);
            }
        }
        return longest;
    }
}
