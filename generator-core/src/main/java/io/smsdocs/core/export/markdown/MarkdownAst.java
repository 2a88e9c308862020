package io.smsdocs.core.export.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;

/** The one Markdown parser of the exporters: CommonMark plus pipe tables, as the templates write them. */
public final class MarkdownAst {

    private static final Parser PARSER;
    private static final DataHolder OPTIONS;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.COLUMN_SPANS, false);
        // Features the exporters never use; leaving them out makes parsing about a fifth faster.
        options.set(Parser.TRACK_DOCUMENT_LINES, false);
        options.set(Parser.LINKS_ALLOW_MATCHED_PARENTHESES, false);
        options.set(Parser.INLINE_DELIMITER_DIRECTIONAL_PUNCTUATIONS, false);
        // ATX headings from our own parser; flexmark's is quadratic on long tables (see AtxHeadings).
        options.set(Parser.HEADING_PARSER, false);
        // Inline parsing without flexmark's copy of the whole input per match (see LinearInlineParser).
        PARSER = Parser.builder(options).customBlockParserFactory(new AtxHeadings())
                .customInlineParserFactory(LinearInlineParser.FACTORY).build();
        OPTIONS = options.toImmutable();
    }

    /** The parser's options (its extensions among them), for a renderer of the same AST such as the site's. */
    public static DataHolder options() {
        return OPTIONS;
    }

    private MarkdownAst() {
    }

    public static Document parse(String markdown) {
        return PARSER.parse(markdown);
    }
}
