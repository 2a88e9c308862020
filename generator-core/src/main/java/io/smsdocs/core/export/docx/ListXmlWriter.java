package io.smsdocs.core.export.docx;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Bulleted and numbered lists as real Word numbering: each item's first paragraph carries the list
 * level; further content of the item (nested lists, paragraphs) goes back to the body writer, indented.
 */
final class ListXmlWriter {

    /** Writes a nested block of a list item at the given list level. */
    @FunctionalInterface
    interface NestedBlocks {
        void write(Node child, int level);
    }

    private final StringBuilder out;
    private final RunXmlWriter runs;
    private final DocumentAdditions additions;

    ListXmlWriter(StringBuilder out, RunXmlWriter runs, DocumentAdditions additions) {
        this.out = out;
        this.runs = runs;
        this.additions = additions;
    }

    void write(ListBlock list, int parentLevel, NestedBlocks nested) {
        int level = Math.min(parentLevel + 1, DocxNumbering.LEVELS - 1);
        int numId = list instanceof OrderedList ? additions.orderedList() : additions.bulletList();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            boolean first = true;
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Paragraph && first) {
                    ParagraphXml.open(out, DocxStyles.LIST_PARAGRAPH, numId, level, -1, -1);
                    runs.children(child, RunXmlWriter.Format.PLAIN);
                    out.append("</w:p>");
                    first = false;
                } else {
                    nested.write(child, level);
                }
            }
        }
    }
}
