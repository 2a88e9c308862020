package io.smsdocs.core.export.docx;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

import java.math.BigInteger;

/**
 * Header: logo, organisation name and document id. Footer: classification and "Page X of Y".
 * A reference document's header and footer parts are reused, keeping their look, with our content.
 */
final class HeaderFooterWriter {

    private HeaderFooterWriter() {
    }

    static void write(XWPFDocument document, String organization, String reference, String classification,
                      ImageEmbedder images, String logo) {
        XWPFHeaderFooterPolicy policy = document.getHeaderFooterPolicy();
        XWPFHeader header = policy != null && policy.getDefaultHeader() != null ? policy.getDefaultHeader()
                : document.createHeader(HeaderFooterType.DEFAULT);
        XWPFFooter footer = policy != null && policy.getDefaultFooter() != null ? policy.getDefaultFooter()
                : document.createFooter(HeaderFooterType.DEFAULT);

        XWPFParagraph top = firstEmptyParagraph(header);
        top.setStyle(DocxStyles.HEADER);
        rightTab(top);
        if (logo != null) {
            images.embed(top, logo, "", 3.0);
            top.createRun().setText("  ");
        }
        top.createRun().setText(organization);
        top.createRun().addTab();
        top.createRun().setText(reference);
        var border = pPr(top).addNewPBdr().addNewBottom();
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(4));
        border.setColor(DocxStyles.BORDER);

        XWPFParagraph bottom = firstEmptyParagraph(footer);
        bottom.setStyle(DocxStyles.FOOTER);
        rightTab(bottom);
        bottom.createRun().setText(classification);
        bottom.createRun().addTab();
        bottom.createRun().setText("Page ");
        Fields.page(bottom);
        bottom.createRun().setText(" of ");
        Fields.numPages(bottom);
    }

    /** Clears what a reference document's part says, keeping its first paragraph's formatting. */
    private static XWPFParagraph firstEmptyParagraph(XWPFHeaderFooter part) {
        while (part.getParagraphs().size() > 1) {
            part.removeParagraph(part.getParagraphs().get(part.getParagraphs().size() - 1));
        }
        while (!part.getTables().isEmpty()) {
            part.removeTable(part.getTables().get(0));
        }
        XWPFParagraph paragraph = part.getParagraphs().isEmpty() ? part.createParagraph() : part.getParagraphs().get(0);
        while (!paragraph.getRuns().isEmpty()) {
            paragraph.removeRun(0);
        }
        return paragraph;
    }

    private static void rightTab(XWPFParagraph paragraph) {
        CTTabStop tab = pPr(paragraph).addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(TableWriter.TEXT_WIDTH_TWIPS));
    }

    private static CTPPr pPr(XWPFParagraph paragraph) {
        return paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
    }
}
