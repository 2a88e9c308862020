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

    /**
     * A TOC field spanning one paragraph per entry. The cached result lists the headings (without page
     * numbers, which only Word can know) so that a reader or converter that does not update fields
     * still shows the outline; Word rebuilds it on open.
     */
    static void tableOfContents(java.util.function.Supplier<XWPFParagraph> newParagraph, java.util.List<TocEntry> entries) {
        XWPFParagraph first = newParagraph.get();
        first.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        var text = first.createRun().getCTR().addNewInstrText();
        text.setStringValue(" TOC \\o \"1-3\" \\h \\z \\u ");
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        first.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFParagraph last = first;
        if (entries.isEmpty()) {
            first.createRun().setText("Update this field to build the table of contents.");
        }
        for (int i = 0; i < entries.size(); i++) {
            XWPFParagraph paragraph = i == 0 ? first : newParagraph.get();
            paragraph.setStyle("TOC" + entries.get(i).level());
            paragraph.createRun().setText(entries.get(i).text());
            last = paragraph;
        }
        last.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** A heading as the table of contents lists it. */
    record TocEntry(int level, String text) {
    }

    static void page(XWPFParagraph paragraph) {
        complex(paragraph, "PAGE \\* MERGEFORMAT", "1");
    }

    static void numPages(XWPFParagraph paragraph) {
        complex(paragraph, "NUMPAGES \\* MERGEFORMAT", "1");
    }
}
