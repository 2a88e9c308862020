package io.smsdocs.core.template;

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
}
