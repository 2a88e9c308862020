package io.smsdocs.core.export.docx;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Writes the body of one document as WordprocessingML, dispatching each Markdown block family to
 * its writer: headings, paragraphs, lists, tables, quotes, code and rules. The front matter the
 * templates write (title, document control, revision history) opens the document, followed by the
 * table of contents and a page break; front-matter headings stay out of the outline.
 */
final class BodyXmlWriter {

    static final int TEXT_WIDTH_TWIPS = 9638; // A4 with 2 cm margins
    static final String FRONT_MATTER_END = "smsdocs:end-of-front-matter";

    /** Where a block sits: the paragraph style in force and the indent of the list it belongs to. */
    private record Context(String style, int listLevel) {
        static final Context BODY = new Context(null, -1);
    }

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final DocumentAdditions additions;
    private final RunXmlWriter runs;
    private final TableXmlWriter tables;

    BodyXmlWriter(DocumentAdditions additions, ImageLoader images) {
        this.additions = additions;
        this.runs = new RunXmlWriter(out, additions, images);
        this.tables = new TableXmlWriter(out, runs);
    }

    String write(Document ast) {
        boolean frontMatter = hasFrontMatter(ast);
        for (Node node = ast.getFirstChild(); node != null; node = node.getNext()) {
            if (isFrontMatterEnd(node)) {
                tableOfContents(node);
                frontMatter = false;
            } else {
                block(node, Context.BODY, frontMatter);
            }
        }
        return out.toString();
    }

    private void block(Node node, Context context, boolean frontMatter) {
        if (node instanceof Heading heading) {
            heading(heading, frontMatter);
        } else if (node instanceof Paragraph) {
            int before = node.getPrevious() instanceof TableBlock ? 160 : -1; // text under a table reads as part of it
            paragraphStart(context.style(), 0, -1, before, context.listLevel() >= 0 ? DocxNumbering.indent(context.listLevel()) : -1);
            runs.children(node, RunXmlWriter.Format.PLAIN);
            out.append("</w:p>");
        } else if (node instanceof ListBlock list) {
            list(list, context);
        } else if (node instanceof TableBlock table) {
            tables.write(table);
        } else if (node instanceof BlockQuote) {
            String style = GuidanceBlocks.isGuidance(node) ? DocxStyles.GUIDANCE : DocxStyles.QUOTE;
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                block(child, new Context(style, context.listLevel()), frontMatter);
            }
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof CodeBlock) {
            code(node);
        } else if (node instanceof ThematicBreak) {
            out.append("<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"")
                    .append(DocxStyles.BORDER).append("\"/></w:pBdr></w:pPr></w:p>");
        } else if (node instanceof HtmlBlockBase) {
            // Raw HTML and comments have no place in a Word document.
        } else if (node.hasChildren()) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                block(child, context, frontMatter);
            }
        }
    }

    private void heading(Heading heading, boolean frontMatter) {
        int level = heading.getLevel();
        String style;
        if (level == 1) {
            style = DocxStyles.TITLE;
        } else if (frontMatter) {
            style = DocxStyles.SUBTITLE;
        } else {
            style = DocxStyles.heading(Math.min(level - 1, 3));
        }
        paragraphStart(style, 0, -1, -1, -1);
        runs.children(heading, RunXmlWriter.Format.PLAIN);
        out.append("</w:p>");
    }

    private void list(ListBlock list, Context context) {
        int level = Math.min(context.listLevel() + 1, DocxNumbering.LEVELS - 1);
        int numId = list instanceof OrderedList ? additions.orderedList() : additions.bulletList();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            boolean first = true;
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Paragraph && first) {
                    paragraphStart(DocxStyles.LIST_PARAGRAPH, numId, level, -1, -1);
                    runs.children(child, RunXmlWriter.Format.PLAIN);
                    out.append("</w:p>");
                    first = false;
                } else {
                    block(child, new Context(DocxStyles.LIST_PARAGRAPH, level), false);
                }
            }
        }
    }

    private void code(Node node) {
        String text = node instanceof FencedCodeBlock fenced ? fenced.getContentChars().toString() : node.getChars().toString();
        for (String line : text.stripTrailing().split("\n", -1)) {
            paragraphStart(DocxStyles.CODE, 0, -1, -1, -1);
            runs.run(line, RunXmlWriter.Format.PLAIN, null);
            out.append("</w:p>");
        }
    }

    /** Opens {@code <w:p>} with its properties, in the order the schema requires. */
    private void paragraphStart(String style, int numId, int numLevel, int spacingBefore, int indentLeft) {
        out.append("<w:p>");
        if (style == null && numLevel < 0 && spacingBefore < 0 && indentLeft < 0) {
            return;
        }
        out.append("<w:pPr>");
        if (style != null) {
            out.append("<w:pStyle w:val=\"").append(style).append("\"/>");
        }
        if (numLevel >= 0) {
            out.append("<w:numPr><w:ilvl w:val=\"").append(numLevel).append("\"/><w:numId w:val=\"").append(numId)
                    .append("\"/></w:numPr>");
        }
        if (spacingBefore >= 0) {
            out.append("<w:spacing w:before=\"").append(spacingBefore).append("\"/>");
        }
        if (indentLeft >= 0) {
            out.append("<w:ind w:left=\"").append(indentLeft).append("\"/>");
        }
        out.append("</w:pPr>");
    }

    /**
     * "Contents", a TOC field and a page break. The field's cached result lists the body's headings
     * (without page numbers, which only Word can know), so readers that do not update fields still
     * show the outline; Word rebuilds it on open because the settings ask it to update fields.
     */
    private void tableOfContents(Node marker) {
        paragraphStart(DocxStyles.TOC_HEADING, 0, -1, -1, -1);
        runs.run("Contents", RunXmlWriter.Format.PLAIN, null);
        out.append("</w:p>");
        String begin = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">"
                + " TOC \\o \"1-3\" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
        String end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        boolean first = true;
        for (Node node = marker.getNext(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() >= 2 && heading.getLevel() <= 4) {
                paragraphStart("TOC" + (heading.getLevel() - 1), 0, -1, -1, -1);
                if (first) {
                    out.append(begin);
                    first = false;
                }
                runs.run(PlainText.of(heading), RunXmlWriter.Format.PLAIN, null);
                out.append("</w:p>");
            }
        }
        if (first) {
            out.append("<w:p>").append(begin);
            runs.run("Update this field to build the table of contents.", RunXmlWriter.Format.PLAIN, null);
            out.append("</w:p>");
        }
        // The field ends in the paragraph that follows the last entry, together with the page break.
        out.append("<w:p>").append(end).append("<w:r><w:br w:type=\"page\"/></w:r></w:p>");
    }

    private static boolean hasFrontMatter(Document ast) {
        for (Node node = ast.getFirstChild(); node != null; node = node.getNext()) {
            if (isFrontMatterEnd(node)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFrontMatterEnd(Node node) {
        return node instanceof HtmlCommentBlock && node.getChars().toString().contains(FRONT_MATTER_END);
    }
}
