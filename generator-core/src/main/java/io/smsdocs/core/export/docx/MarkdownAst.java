package io.smsdocs.core.export.docx;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;

/** The one Markdown parser of the exporters: CommonMark plus pipe tables, as the templates write them. */
final class MarkdownAst {

    private static final Parser PARSER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.COLUMN_SPANS, false);
        PARSER = Parser.builder(options).build();
    }

    private MarkdownAst() {
    }

    static Document parse(String markdown) {
        return PARSER.parse(markdown);
    }
}
