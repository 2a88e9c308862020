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
    void leavesOrdinaryTextAlone() {
        String text = "Northwind Managed Services Ltd (Bristol), 99.5% - 24x7";
        assertThat(MarkdownOutputFormat.INSTANCE.escapePlainText(text)).isSameAs(text);
    }
}
