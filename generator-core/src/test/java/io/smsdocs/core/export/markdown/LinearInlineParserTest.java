package io.smsdocs.core.export.markdown;

import com.vladsch.flexmark.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The exporters' inline parser gives the same tree as flexmark's own, on the constructs the templates write. */
class LinearInlineParserTest {

    /** flexmark's parser with the exporters' options and block parsers, but its own inline parser. */
    private static final Parser FLEXMARK = Parser.builder(MarkdownAst.options()).customBlockParserFactory(new AtxHeadings()).build();

    @Test
    void aTableWithLinksEscapesAndCodeParsesAsFlexmarkParsesIt() {
        StringBuilder markdown = new StringBuilder("## Services\n\n| Service | Owner | Agreement | Note |\n|---|:---:|--:|---|\n");
        for (int i = 0; i < 200; i++) {
            markdown.append("| [Service ").append(i).append("](#service-").append(i).append(") | **Owner** ").append(i)
                    .append(" | [SLA-").append(i).append("](sla-service-").append(i).append(".md \"title\") | a \\| b `x|y` &amp; [x] [ref] *e* |\n");
        }
        markdown.append("\nA [link](<dest with space> 'title') and ![image](chart.png) and [ref].\n\n[ref]: https://example.org\n");
        assertSameTree(markdown.toString());
    }

    @Test
    void listsHeadingsAndParagraphsParseAsFlexmarkParsesThem() {
        assertSameTree("# Title #\n\nText with <span>html</span>, a\nsoft break and a hard one  \nend.\n\n"
                + "- item [a](b)\n  - nested `code` \\* not emphasis\n1. one\n2. two &copy;\n\n> quoted [link]( spaced )\n");
    }

    private static void assertSameTree(String markdown) {
        assertThat(MarkdownAst.parse(markdown).toAstString(true)).isEqualTo(FLEXMARK.parse(markdown).toAstString(true));
    }
}
