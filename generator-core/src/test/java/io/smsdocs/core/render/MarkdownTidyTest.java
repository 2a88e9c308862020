package io.smsdocs.core.render;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTidyTest {

    /** The rule as it was written first, with two regular expressions: the one pass must give the same text. */
    private static String byRegex(String markdown) {
        String text = markdown.replace("\r\n", "\n");
        text = Pattern.compile("[ \\t]+$", Pattern.MULTILINE).matcher(text).replaceAll("");
        text = Pattern.compile("\n{3,}").matcher(text).replaceAll("\n\n");
        return text.strip() + "\n";
    }

    @Property(tries = 3000)
    void givesWhatTheRegularExpressionsGave(@ForAll("layouts") String markdown) {
        assertThat(MarkdownTidy.tidy(markdown)).isEqualTo(byRegex(markdown));
        assertThat(MarkdownTidy.tidy(new StringBuilder(markdown))).isEqualTo(byRegex(markdown));
    }

    @Provide
    Arbitrary<String> layouts() {
        // Few characters, so runs of spaces, tabs, newlines and the other line terminators meet often.
        return Arbitraries.strings().withChars(' ', '\t', '\n', '\r', '\u0085', '\u2028', '\u2029', '\u00a0', 'a', '|', '#')
                .ofMinLength(0).ofMaxLength(40);
    }

    @Test
    void dropsTrailingSpacesAndKeepsOneBlankLine() {
        assertThat(MarkdownTidy.tidy("  # Title  \r\n\r\n\r\n\t\nText\t \n| a | b |   \n\n\n\n")).isEqualTo("# Title\n\nText\n| a | b |\n");
        assertThat(MarkdownTidy.tidy("a  b\n \n \n \nc")).isEqualTo("a  b\n\nc\n");
    }
}
