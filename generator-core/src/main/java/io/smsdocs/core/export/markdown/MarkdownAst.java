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
        MutableDataSet options = commonOptions();
        // Block starts from one factory that asks flexmark's factories only about lines they can start on (see
        // BlockStarts), ATX headings from our own parser among them: flexmark's is quadratic on long tables.
        BlockStarts.REPLACED.forEach(key -> options.set(key, false));
        OPTIONS = options.toImmutable();
        // Inline parsing without flexmark's copy of the whole input per match (see LinearInlineParser), and the pipe
        // tables' pre-processor made once for all documents (see SharedTablePreProcessor) in place of the extension's.
        MutableDataSet parsing = new MutableDataSet(options);
        parsing.set(Parser.EXTENSIONS, List.of());
        PARSER = Parser.builder(parsing).customBlockParserFactory(new BlockStarts())
                .customInlineParserFactory(LinearInlineParser.FACTORY).paragraphPreProcessorFactory(new SharedTablePreProcessor()).build();
    }

    /** The options besides the block starts: CommonMark plus pipe tables, without features the exporters never use. */
    static MutableDataSet commonOptions() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.COLUMN_SPANS, false);
        // Leaving these out makes parsing about a fifth faster.
        options.set(Parser.TRACK_DOCUMENT_LINES, false);
        options.set(Parser.LINKS_ALLOW_MATCHED_PARENTHESES, false);
        options.set(Parser.INLINE_DELIMITER_DIRECTIONAL_PUNCTUATIONS, false);
        return options;
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
