package io.smsdocs.core.export.docx;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

import java.math.BigInteger;

/**
 * Writes Markdown blocks into the document body, dispatching each node family to its writer:
 * headings, paragraphs, lists, tables, quotes, code and rules.
 */
final class BodyWriter {

    /** Where a block sits: the paragraph style in force and the list it belongs to, if any. */
    record Context(String paragraphStyle, BigInteger numId, int listLevel) {
        static final Context BODY = new Context(null, null, -1);

        Context inList(BigInteger id, int level) {
            return new Context(DocxStyles.LIST_PARAGRAPH, id, level);
        }

        Context styled(String style) {
            return new Context(style, null, -1);
        }
    }

    private final XWPFDocument document;
    private final InlineWriter inline;
    private final TableWriter tables;
    private final DocxNumbering numbering;

    BodyWriter(XWPFDocument document, InlineWriter inline, DocxNumbering numbering) {
        this.document = document;
        this.inline = inline;
        this.tables = new TableWriter(inline);
        this.numbering = numbering;
    }

    /** Front-matter headings (title, "Revision history") stay out of the outline and the TOC. */
    void heading(Heading heading, boolean frontMatter) {
        XWPFParagraph paragraph = document.createParagraph();
        int level = heading.getLevel();
        String style;
        if (level == 1) {
            style = DocxStyles.TITLE;
        } else if (frontMatter) {
            style = DocxStyles.SUBTITLE;
        } else {
            style = DocxStyles.heading(Math.min(level - 1, 3));
        }
        paragraph.setStyle(style);
        inline.write(heading, paragraph, InlineWriter.Format.PLAIN);
    }

    void block(Node node, Context context, boolean frontMatter) {
        if (node instanceof Heading heading) {
            heading(heading, frontMatter);
        } else if (node instanceof Paragraph) {
            XWPFParagraph paragraph = document.createParagraph();
            applyContext(paragraph, context);
            if (node.getPrevious() instanceof TableBlock) {
                paragraph.setSpacingBefore(160); // text right under a table reads as part of it
            }
            inline.write(node, paragraph, InlineWriter.Format.PLAIN);
        } else if (node instanceof ListBlock list) {
            list(list, context);
        } else if (node instanceof TableBlock table) {
            tables.write(document, table);
        } else if (node instanceof BlockQuote) {
            Context quote = context.styled(GuidanceBlocks.isGuidance(node) ? DocxStyles.GUIDANCE : DocxStyles.QUOTE);
            children(node, quote, frontMatter);
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof CodeBlock) {
            code(node);
        } else if (node instanceof ThematicBreak) {
            rule();
        } else if (node instanceof HtmlBlockBase) {
            // Raw HTML and comments have no place in a Word document.
        } else if (node.hasChildren()) {
            children(node, context, frontMatter);
        }
    }

    private void children(Node parent, Context context, boolean frontMatter) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            block(child, context, frontMatter);
        }
    }

    private void list(ListBlock list, Context context) {
        BigInteger numId = list instanceof OrderedList ? numbering.newOrderedList() : numbering.bullets();
        if (list instanceof BulletList && context.numId() != null && context.listLevel() >= 0) {
            numId = numbering.bullets();
        }
        int level = Math.min(context.listLevel() + 1, 2);
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            boolean first = true;
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Paragraph) {
                    XWPFParagraph paragraph = document.createParagraph();
                    paragraph.setStyle(DocxStyles.LIST_PARAGRAPH);
                    if (first) {
                        paragraph.setNumID(numId);
                        paragraph.setNumILvl(BigInteger.valueOf(level));
                    } else {
                        paragraph.setIndentationLeft(360 * (level + 1) + 57);
                    }
                    inline.write(child, paragraph, InlineWriter.Format.PLAIN);
                    first = false;
                } else {
                    block(child, context.inList(numId, level), false);
                }
            }
        }
    }

    private void applyContext(XWPFParagraph paragraph, Context context) {
        if (context.paragraphStyle() != null) {
            paragraph.setStyle(context.paragraphStyle());
        }
        if (context.numId() != null) {
            paragraph.setIndentationLeft(360 * (context.listLevel() + 1) + 57);
        }
    }

    private void code(Node node) {
        String text = node instanceof FencedCodeBlock fenced ? fenced.getContentChars().toString() : node.getChars().toString();
        for (String line : text.stripTrailing().split("\n", -1)) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle(DocxStyles.CODE);
            var run = paragraph.createRun();
            run.setText(line);
            run.getCTR().getTArray(0).setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        }
    }

    private void rule() {
        XWPFParagraph paragraph = document.createParagraph();
        var border = paragraph.getCTP().addNewPPr().addNewPBdr().addNewBottom();
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(6));
        border.setColor(DocxStyles.BORDER);
    }
}
