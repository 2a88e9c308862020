package io.smsdocs.core.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** Word fields: complex fields that Word refreshes on open (updateFields is set in the settings). */
final class Fields {

    private Fields() {
    }

    /** A field whose cached result is {@code placeholder} until Word or LibreOffice updates it. */
    static void complex(XWPFParagraph paragraph, String instruction, String placeholder) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = paragraph.createRun();
        var text = instr.getCTR().addNewInstrText();
        text.setStringValue(" " + instruction + " ");
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        paragraph.createRun().setText(placeholder);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    static void tableOfContents(XWPFParagraph paragraph) {
        complex(paragraph, "TOC \\o \"1-3\" \\h \\z \\u", "Right-click and choose Update Field to build the table of contents.");
    }

    static void page(XWPFParagraph paragraph) {
        complex(paragraph, "PAGE \\* MERGEFORMAT", "1");
    }

    static void numPages(XWPFParagraph paragraph) {
        complex(paragraph, "NUMPAGES \\* MERGEFORMAT", "1");
    }
}
