package io.smsdocs.core.export.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTest {

    private static final String MARKDOWN = "# Title with **bold** and `code`\n\n| Service | Owner |\n|---|---|\n"
            + "| [E-mail](#e-mail) | Anna &amp; Ben \\| deputy |\n| Ünïcödé — 20000-1 | 日本語 😀 |\n\n"
            + "Text with an escaped \\* star, &copy; and a [link](target.md \"title\").\n\n- item *one*\n- item two\n";

    @Test
    void cutsEveryNodesTextAsFlexmarkSpellsIt() {
        List<BasedSequence> all = new ArrayList<>();
        collect(MarkdownAst.parse(MARKDOWN), all);
        assertThat(all).hasSizeGreaterThan(20);
        for (BasedSequence chars : all) {
            assertThat(PlainText.string(chars)).isEqualTo(chars.toString());
            assertThat(PlainText.unescaped(chars)).isEqualTo(chars.unescape());
        }
    }

    @Test
    void givesTheVisibleTextWithEscapesAndEntitiesResolved() {
        Node table = MarkdownAst.parse(MARKDOWN).getChildOfType(com.vladsch.flexmark.ext.tables.TableBlock.class);
        assertThat(PlainText.of(table)).contains("E-mail", "Anna & Ben | deputy", "Ünïcödé — 20000-1", "日本語 😀");
    }

    @Test
    void anEntityInALinkOrHeadingIsTheCharacterItStandsFor() {
        Node document = MarkdownAst.parse("# Terms &amp; conditions &copy;\n\nSee [R&amp;D plan](rd.md).\n");
        assertThat(PlainText.of(document.getFirstChild())).isEqualTo("Terms & conditions ©");
        assertThat(PlainText.of(document.getLastChild())).isEqualTo("See R&D plan.");
    }

    private static void collect(Node node, List<BasedSequence> all) {
        all.add(node.getChars());
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, all);
        }
    }
}
