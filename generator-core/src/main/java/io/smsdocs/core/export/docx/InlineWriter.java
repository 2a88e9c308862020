package io.smsdocs.core.export.docx;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Writes inline Markdown (text, emphasis, code, links, images, breaks) as runs of one paragraph. */
final class InlineWriter {

    /** The character formatting in effect while walking nested emphasis. */
    record Format(boolean bold, boolean italic) {
        static final Format PLAIN = new Format(false, false);

        Format withBold() {
            return new Format(true, italic);
        }

        Format withItalic() {
            return new Format(bold, true);
        }
    }

    private final ImageEmbedder images;

    InlineWriter(ImageEmbedder images) {
        this.images = images;
    }

    void write(Node parent, XWPFParagraph paragraph, Format format) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            writeNode(child, paragraph, format);
        }
    }

    private void writeNode(Node node, XWPFParagraph paragraph, Format format) {
        if (node instanceof Text || node instanceof HtmlEntity) {
            run(paragraph, format, node.getChars().unescape());
        } else if (node instanceof StrongEmphasis) {
            write(node, paragraph, format.withBold());
        } else if (node instanceof Emphasis) {
            write(node, paragraph, format.withItalic());
        } else if (node instanceof Code code) {
            XWPFRun run = run(paragraph, format, code.getText().toString());
            run.setFontFamily(DocxStyles.CODE_FONT);
        } else if (node instanceof Link link) {
            hyperlink(paragraph, link.getUrl().toString(), new TextCollectingVisitor().collectAndGetText(link), format);
        } else if (node instanceof AutoLink link) {
            hyperlink(paragraph, link.getUrl().toString(), link.getText().toString(), format);
        } else if (node instanceof MailLink mail) {
            hyperlink(paragraph, "mailto:" + mail.getText(), mail.getText().toString(), format);
        } else if (node instanceof Image image) {
            images.embed(paragraph, image.getUrl().toString(), new TextCollectingVisitor().collectAndGetText(image));
        } else if (node instanceof SoftLineBreak) {
            run(paragraph, format, " ");
        } else if (node instanceof HardLineBreak) {
            paragraph.createRun().addBreak();
        } else if (node instanceof HtmlInlineBase) {
            // Raw HTML and comments have no place in a Word document.
        } else if (node.hasChildren()) {
            write(node, paragraph, format);
        } else {
            run(paragraph, format, node.getChars().unescape());
        }
    }

    private XWPFRun run(XWPFParagraph paragraph, Format format, String text) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        if (format.bold()) {
            run.setBold(true);
        }
        if (format.italic()) {
            run.setItalic(true);
        }
        return run;
    }

    private void hyperlink(XWPFParagraph paragraph, String url, String text, Format format) {
        String target = LinkTargets.forDocx(url);
        if (target.startsWith("#")) {
            run(paragraph, format, text); // in-document anchors of Markdown do not exist in Word
            return;
        }
        XWPFHyperlinkRun run = paragraph.createHyperlinkRun(target);
        run.setText(text);
        run.setStyle(DocxStyles.HYPERLINK);
        if (format.bold()) {
            run.setBold(true);
        }
        if (format.italic()) {
            run.setItalic(true);
        }
    }
}
