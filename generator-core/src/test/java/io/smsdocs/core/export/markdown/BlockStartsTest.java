package io.smsdocs.core.export.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BlockStartsTest {

    /** The parser as it was before BlockStarts: flexmark's own block factories, our ATX headings first. */
    private static final Parser FLEXMARK_FACTORIES;

    static {
        MutableDataSet options = MarkdownAst.commonOptions();
        options.set(Parser.HEADING_PARSER, false);
        FLEXMARK_FACTORIES = Parser.builder(options).customBlockParserFactory(new AtxHeadings())
                .customInlineParserFactory(LinearInlineParser.FACTORY).build();
    }

    /** Every node with its kind, its place in the text and its children, as flexmark prints a node. */
    private static String tree(Document document) {
        StringBuilder out = new StringBuilder();
        dump(document, 0, out);
        return out.toString();
    }

    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            dump(child, depth + 1, out);
        }
    }

    @Property(tries = 3000)
    void parsesAsFlexmarksOwnFactoriesDo(@ForAll("documents") String markdown) {
        assertThat(tree(MarkdownAst.parse(markdown))).isEqualTo(tree(FLEXMARK_FACTORIES.parse(markdown)));
    }

    @Provide
    Arbitrary<String> documents() {
        // Lines that start every kind of block, near misses of them, and indents that nest them or make them code.
        Arbitrary<String> indent = Arbitraries.of("", "", "", " ", "  ", "   ", "    ", "\t", "      ", " \t");
        Arbitrary<String> body = Arbitraries.of("# Heading", "###### Six", "####### seven", "#no space", "## Closed ##",
                "> quoted", ">no space", "```", "```java", "~~~", "``", "<!-- smsdocs:end-of-front-matter -->", "<div>", "</div>",
                "<span>x</span>", "<br/>", "***", "* * *", "---", "- - -", "___", "_ _", "--", "- item", "-item", "* item",
                "+ item", "1. first", "2) second", "1234567890. long", "10. tenth", "| a | b |", "|---|---|", "| --- | :-: |",
                "| c | d |", "a | b", "text *emphasis* and `code`", "**bold** [link](other.md)", "Text", "", "", "",
                "\\# escaped", "&amp; entity", "1.5 not a list", "-1 minus", "*not a list*", "_under_", "`code` start");
        Arbitrary<String> line = net.jqwik.api.Combinators.combine(indent, body).as((i, b) -> b.isEmpty() ? "" : i + b);
        return line.list().ofMinSize(1).ofMaxSize(25).map(lines -> String.join("\n", lines) + "\n");
    }

    @Test
    void startsEveryKindOfBlockFlexmarkStarts() {
        String markdown = """
                # Heading

                > quote

                ```
                fenced
                ```

                <!-- comment -->

                    indented code

                ---

                - bullet
                - bullet

                1. first
                2. second

                | a | b |
                |---|---|
                | c | d |
                """;
        Document document = MarkdownAst.parse(markdown);
        List<Class<?>> kinds = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            kinds.add(node.getClass());
        }
        assertThat(kinds).containsExactly(Heading.class, BlockQuote.class, FencedCodeBlock.class, HtmlCommentBlock.class,
                IndentedCodeBlock.class, ThematicBreak.class, BulletList.class, OrderedList.class, TableBlock.class);
        assertThat(tree(document)).isEqualTo(tree(FLEXMARK_FACTORIES.parse(markdown)));
        assertThat(MarkdownAst.parse("<div>\nhtml\n</div>\n").getFirstChild()).isInstanceOf(HtmlBlock.class);
    }
}
