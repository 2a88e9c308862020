package io.smsdocs.core.export.docx;

import io.smsdocs.core.export.markdown.PlainText;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
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

    /** The text width of the built-in page, A4 with 2 cm margins; a reference document's page has its own. */
    static final int TEXT_WIDTH_TWIPS = 9638;
    static final String FRONT_MATTER_END = "smsdocs:end-of-front-matter";
    /** About three lines of body text: what may go to the next page with a heading above it. */
    private static final int SHORT_PARAGRAPH_CHARS = 300;

    /** Where a block sits: the paragraph style in force and the indent of the list it belongs to. */
    private record Context(String style, int listLevel) {
        static final Context BODY = new Context(null, -1);
    }

    /** How much body XML is collected before it is handed on: the body of a large document is never held whole. */
    private static final int PIECE_CHARS = 32 * 1024;

    private final StringBuilder out = new StringBuilder(PIECE_CHARS + 8 * 1024);
    private final java.util.function.Consumer<CharSequence> sink;
    private final RunXmlWriter runs;
    private final TableXmlWriter tables;
    private final ListXmlWriter lists;
    private final TocXmlWriter toc;
    private final StyleMetrics metrics;
    private final int textWidth;
    /** An estimate of the height the front matter takes on the first page, in twips. */
    private int frontMatterHeight;

    /**
     * @param textWidth the width between the page margins, in twips: tables span it, pictures stay within it
     * @param metrics   how the package's styles set text: table columns are sized with it, and the first page
     *                  estimated to decide where the contents go
     * @param sink      takes the body XML a piece at a time, each piece ending with an element (a block or a table row),
     *                  and must have used it when it returns
     */
    BodyXmlWriter(DocumentAdditions additions, ImageLoader images, DocxLabels labels, int textWidth, StyleMetrics metrics,
                  java.util.function.Consumer<CharSequence> sink) {
        this.sink = sink;
        this.runs = new RunXmlWriter(out, additions, images, textWidth);
        this.tables = new TableXmlWriter(out, runs, textWidth, metrics.table(), this::handOnIfLarge);
        this.lists = new ListXmlWriter(out, runs, additions);
        this.toc = new TocXmlWriter(out, runs, labels.contents(), metrics, textWidth);
        this.metrics = metrics;
        this.textWidth = textWidth;
    }

    /** Writes the body XML into the sink. */
    void write(Document ast) {
        boolean frontMatter = hasFrontMatter(ast);
        for (Node node = ast.getFirstChild(); node != null; node = node.getNext()) {
            if (isFrontMatterEnd(node)) {
                toc.write(node, frontMatterHeight);
                frontMatter = false;
            } else {
                block(node, Context.BODY, frontMatter);
            }
            handOnIfLarge();
        }
        handOn();
    }

    private void handOnIfLarge() {
        if (out.length() >= PIECE_CHARS) {
            handOn();
        }
    }

    private void handOn() {
        sink.accept(out);
        out.setLength(0);
    }

    private void block(Node node, Context context, boolean frontMatter) {
        if (node instanceof Heading heading) {
            heading(heading, frontMatter);
        } else if (node instanceof Paragraph) {
            if (frontMatter) {
                frontMatterHeight += metrics.paragraph("Normal").height(PlainText.of(node), textWidth);
            }
            // Text right under a table or a list would read as part of it.
            int before = node.getPrevious() instanceof TableBlock || node.getPrevious() instanceof ListBlock ? 160 : -1;
            ParagraphXml.open(out, context.style(), keepsWithNext(node), 0, -1, before,
                    context.listLevel() >= 0 ? DocxNumbering.indent(context.listLevel()) : -1);
            runs.children(node, RunXmlWriter.Format.PLAIN);
            out.append("</w:p>");
        } else if (node instanceof ListBlock list) {
            lists.write(list, context.listLevel(), (child, level) -> block(child, new Context(DocxStyles.LIST_PARAGRAPH, level), false));
        } else if (node instanceof TableBlock table) {
            if (node.getPrevious() instanceof TableBlock) {
                // Word joins two tables with nothing between them into one: keep them apart with an empty paragraph.
                out.append("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr></w:p>");
            }
            int height = tables.write(table);
            frontMatterHeight += frontMatter ? height : 0;
        } else if (node instanceof BlockQuote) {
            String style = GuidanceBlocks.isGuidance(node) ? DocxStyles.GUIDANCE : DocxStyles.QUOTE;
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                block(child, new Context(style, context.listLevel()), frontMatter);
            }
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof CodeBlock) {
            CodeXmlWriter.write(out, runs, node);
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
        if (frontMatter) {
            frontMatterHeight += metrics.paragraph(style).height(PlainText.of(heading), textWidth);
        }
        paragraphStart(style, 0, -1, -1, -1);
        runs.children(heading, RunXmlWriter.Format.PLAIN);
        out.append("</w:p>");
    }

    /**
     * A heading keeps with the next paragraph by its style; so that it is not left at the foot of a page with
     * no more than the line under it, a short paragraph right under a heading (the clause it cites) keeps with
     * what follows too, and so does a paragraph that leads into a table or a list.
     */
    private static boolean keepsWithNext(Node paragraph) {
        Node next = paragraph.getNext();
        if (next == null) {
            return false;
        }
        return paragraph.getPrevious() instanceof Heading && PlainText.of(paragraph).length() <= SHORT_PARAGRAPH_CHARS
                || next instanceof TableBlock || next instanceof ListBlock;
    }

    private void paragraphStart(String style, int numId, int numLevel, int spacingBefore, int indentLeft) {
        ParagraphXml.open(out, style, numId, numLevel, spacingBefore, indentLeft);
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
