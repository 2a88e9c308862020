package io.smsdocs.core.export.docx;

import io.smsdocs.core.export.markdown.PlainText;
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

/** Writes inline Markdown (text, emphasis, code, links, images, breaks) as WordprocessingML runs. */
final class RunXmlWriter {

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

    static final double MAX_IMAGE_WIDTH_CM = 16.0;
    /**
     * No picture is taller than this: with its heading and a line of text it still fits the text height of an A4 or
     * Letter page, so a heading never stays alone on a page while a too-tall chart goes to the next (a long Gantt chart).
     */
    static final double MAX_IMAGE_HEIGHT_CM = 19.0;
    private static final double TWIPS_PER_CM = 1440 / 2.54;

    private final StringBuilder out;
    private final DocumentAdditions additions;
    private final ImageLoader images;
    private final double maxImageWidthCm;

    /** @param textWidth the width between the page margins, in twips: no picture is wider */
    RunXmlWriter(StringBuilder out, DocumentAdditions additions, ImageLoader images, int textWidth) {
        this.out = out;
        this.additions = additions;
        this.images = images;
        this.maxImageWidthCm = Math.min(MAX_IMAGE_WIDTH_CM, textWidth / TWIPS_PER_CM);
    }

    void children(Node parent, Format format) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            node(child, format);
        }
    }

    private void node(Node node, Format format) {
        if (node instanceof Text || node instanceof HtmlEntity) {
            run(PlainText.unescaped(node.getChars()), format, null);
        } else if (node instanceof StrongEmphasis) {
            children(node, format.withBold());
        } else if (node instanceof Emphasis) {
            children(node, format.withItalic());
        } else if (node instanceof Code code) {
            run(code.getText().toString(), format, DocxStyles.CODE_FONT);
        } else if (node instanceof Link link) {
            hyperlink(link.getUrl().toString(), PlainText.of(link), format);
        } else if (node instanceof AutoLink link) {
            hyperlink(link.getUrl().toString(), link.getText().toString(), format);
        } else if (node instanceof MailLink mail) {
            hyperlink("mailto:" + mail.getText(), mail.getText().toString(), format);
        } else if (node instanceof Image image) {
            image(image.getUrl().toString(), PlainText.of(image), format);
        } else if (node instanceof SoftLineBreak) {
            run(" ", format, null);
        } else if (node instanceof HardLineBreak) {
            out.append("<w:r><w:br/></w:r>");
        } else if (node instanceof HtmlInlineBase) {
            // Raw HTML and comments have no place in a Word document.
        } else if (node.hasChildren()) {
            children(node, format);
        } else {
            run(PlainText.unescaped(node.getChars()), format, null);
        }
    }

    void run(String text, Format format, String font) {
        runWithStyle(text, format, font, null);
    }

    private void runWithStyle(String text, Format format, String font, String characterStyle) {
        if (text.isEmpty()) {
            return;
        }
        out.append("<w:r>");
        if (format.bold() || format.italic() || font != null || characterStyle != null) {
            out.append("<w:rPr>");
            if (characterStyle != null) {
                out.append("<w:rStyle w:val=\"").append(characterStyle).append("\"/>");
            }
            if (font != null) {
                out.append("<w:rFonts w:ascii=\"").append(font).append("\" w:hAnsi=\"").append(font)
                        .append("\" w:cs=\"").append(font).append("\"/>");
            }
            if (format.bold()) {
                out.append("<w:b/>");
            }
            if (format.italic()) {
                out.append("<w:i/>");
            }
            out.append("</w:rPr>");
        }
        out.append("<w:t xml:space=\"preserve\">").append(Xml.text(text)).append("</w:t></w:r>");
    }

    private void hyperlink(String url, String text, Format format) {
        String target = LinkTargets.forDocx(url);
        if (target.startsWith("#")) {
            run(text, format, null); // the Markdown's heading anchors do not exist in Word
            return;
        }
        out.append("<w:hyperlink r:id=\"").append(additions.hyperlink(target)).append("\">");
        runWithStyle(text, format, null, DocxStyles.HYPERLINK);
        out.append("</w:hyperlink>");
    }

    /** An image that cannot be used (missing, unsafe, too large) becomes its alternative text. */
    private void image(String path, String altText, Format format) {
        ImageLoader.Picture picture = images.load(path);
        if (picture == null) {
            run(altText, format, null);
            return;
        }
        String relationship = additions.image(picture);
        long[] extent = picture.extentEmu(maxImageWidthCm, MAX_IMAGE_HEIGHT_CM);
        int id = additions.drawingId();
        String alt = Xml.text(altText);
        out.append("<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"")
                .append(extent[0]).append("\" cy=\"").append(extent[1]).append("\"/><wp:docPr id=\"").append(id)
                .append("\" name=\"Picture ").append(id).append("\" descr=\"").append(alt).append("\"/>")
                .append("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
                .append("<pic:pic><pic:nvPicPr><pic:cNvPr id=\"").append(id).append("\" name=\"Picture ").append(id)
                .append("\" descr=\"").append(alt).append("\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"")
                .append(relationship).append("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr>")
                .append("<a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"").append(extent[0]).append("\" cy=\"").append(extent[1])
                .append("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>")
                .append("</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>");
    }
}
