package io.smsdocs.core.template;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownOutputFormatTest {

    @Test
    void escapesCharactersThatWouldChangeTheMarkdown() {
        assertThat(MarkdownOutputFormat.INSTANCE.escapePlainText("A|B *bold* _x_ [link](y) <b> `c` \\"))
                .isEqualTo("A\\|B \\*bold\\* \\_x\\_ \\[link\\](y) \\<b\\> \\`c\\` \\\\");
    }

    @Test
    void aLineBreakInAValueCannotEndATableRowOrStartABlock() {
        assertThat(MarkdownOutputFormat.INSTANCE.escapePlainText("P4\nsecond line\r\n# not a heading\r- not a list"))
                .isEqualTo("P4 second line # not a heading - not a list");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String text = "Northwind Managed Services Ltd (Bristol), 99.5% - 24x7";
        assertThat(MarkdownOutputFormat.INSTANCE.escapePlainText(text)).isSameAs(text);
    }

    /** The escaping as it was first written (a String.indexOf per character): the faster one must give the same text. */
    private static String asFirstWritten(String text) {
        String special = "\\`*_[]<>|";
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                if (escaped == null) {
                    escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                if (c == '\n' && i > 0 && text.charAt(i - 1) == '\r') {
                    continue;
                }
                escaped.append(' ');
                continue;
            }
            if (special.indexOf(c) >= 0) {
                if (escaped == null) {
                    escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                escaped.append('\\');
            }
            if (escaped != null) {
                escaped.append(c);
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    @Property(tries = 3000)
    void givesWhatTheFirstEscapingGave(@ForAll("values") String value) {
        assertThat(MarkdownOutputFormat.INSTANCE.escapePlainText(value)).isEqualTo(asFirstWritten(value));
    }

    @Provide
    Arbitrary<String> values() {
        // Every character the escaping knows, line breaks in both forms, and others beside them (an umlaut, a dash, half a pair).
        return Arbitraries.strings().withChars('\\', '`', '*', '_', '[', ']', '<', '>', '|', '\r', '\n', 'a', ' ', '\u00e4', '\u2014',
                '\ud83d', '\ude00', '#', '-').ofMinLength(0).ofMaxLength(30);
    }
}
