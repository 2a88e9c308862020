package io.smsdocs.core.export.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/** The exporters' shared access to the Markdown: the parser and the visible text of a node. */
public final class MarkdownText {

    private MarkdownText() {
    }

    public static Document parse(String markdown) {
        return MarkdownAst.parse(markdown);
    }

    public static String plain(Node node) {
        return PlainText.of(node);
    }
}
