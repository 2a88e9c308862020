// Writes harbour-house-style.docx, the Harbour Consulting house-style reference document of the pack.
// Not part of the build: the .docx it writes is committed. To change the house style, edit this file and
// run it with Apache POI on the class path (the version smsdocs uses, see poi.version in the root pom):
//
//   R=~/.m2/repository
//   CP=$R/org/apache/poi/poi/5.5.1/poi-5.5.1.jar:$R/org/apache/poi/poi-ooxml/5.5.1/poi-ooxml-5.5.1.jar
//   CP=$CP:$R/org/apache/poi/poi-ooxml-lite/5.5.1/poi-ooxml-lite-5.5.1.jar:$R/org/apache/xmlbeans/xmlbeans/5.3.0/xmlbeans-5.3.0.jar
//   CP=$CP:$R/commons-io/commons-io/2.21.0/commons-io-2.21.0.jar:$R/org/apache/commons/commons-compress/1.28.0/commons-compress-1.28.0.jar
//   CP=$CP:$R/org/apache/commons/commons-collections4/4.5.0/commons-collections4-4.5.0.jar
//   CP=$CP:$R/org/apache/logging/log4j/log4j-api/2.24.3/log4j-api-2.24.3.jar:$R/commons-codec/commons-codec/1.20.0/commons-codec-1.20.0.jar
//   java -cp "$CP" pack/src/build/HouseStyle.java \
//       pack/src/main/resources/META-INF/smsdocs/packs/harbour/harbour-house-style.docx
//
// (POI prints "Log4j API could not find a logging provider": harmless.)
//
// The house style: headings in Georgia, claret (8B1E3F) for the title and level-1 headings, harbour teal
// (2E6F73) below them; body text in Cambria 11 pt; tables in harbour green: a green header row in white bold,
// light green borders and banded rows (the "SMS Table" style, id SmsTable, which every table of a generated
// document names); A4 with 2.5 cm margins. smsdocs takes the named styles and the page set-up of this
// document and ignores its text; styles it lacks come from the built-in style.

import java.io.FileOutputStream;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

public class HouseStyle {

    static final String BODY_FONT = "Cambria";
    static final String HEADING_FONT = "Georgia";
    static final String CLARET = "8B1E3F";
    static final String TEAL = "2E6F73";
    static final String GREEN = "2F6B4F";
    static final String LIGHT_GREEN = "A8CDB9";
    static final String BAND_GREEN = "EDF5F0";

    public static void main(String[] args) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            CTFonts defaults = CTFonts.Factory.newInstance();
            defaults.setAscii(BODY_FONT);
            defaults.setHAnsi(BODY_FONT);
            defaults.setCs(BODY_FONT);
            defaults.setEastAsia(BODY_FONT);
            styles.setDefaultFonts(defaults);
            styles.setSpellingLanguage("en-GB");

            style(styles, "Normal", "Normal", null, BODY_FONT, 22, null, false, -1, 0, 120);
            style(styles, "Title", "Title", "Normal", HEADING_FONT, 48, CLARET, false, -1, 0, 240);
            style(styles, "Heading1", "heading 1", "Normal", HEADING_FONT, 32, CLARET, true, 0, 360, 120);
            style(styles, "Heading2", "heading 2", "Normal", HEADING_FONT, 26, TEAL, true, 1, 240, 120);
            style(styles, "Heading3", "heading 3", "Normal", HEADING_FONT, 23, TEAL, false, 2, 240, 80);
            styles.addStyle(new XWPFStyle(tableStyle(), styles));

            // A4, 2.5 cm margins.
            CTSectPr section = doc.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            CTPageMar margins = section.addNewPgMar();
            BigInteger margin = BigInteger.valueOf(1418);
            margins.setTop(margin);
            margins.setBottom(margin);
            margins.setLeft(margin);
            margins.setRight(margin);
            margins.setHeader(BigInteger.valueOf(709));
            margins.setFooter(BigInteger.valueOf(709));
            margins.setGutter(BigInteger.ZERO);

            doc.createParagraph().createRun().setText("Harbour Consulting house style: only the styles of this document are used.");
            try (FileOutputStream out = new FileOutputStream(args[0])) {
                doc.write(out);
            }
        }
    }

    /**
     * The table style smsdocs names on every table (id SmsTable, name "SMS Table"), in harbour green. Written as
     * XML because poi-ooxml-lite lacks the typed classes of table-style properties.
     */
    static CTStyle tableStyle() throws Exception {
        String border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"" + LIGHT_GREEN + "\"";
        String xml = "<w:style xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " w:type=\"table\" w:styleId=\"SmsTable\"><w:name w:val=\"SMS Table\"/><w:uiPriority w:val=\"59\"/>"
                + "<w:tblPr><w:tblStyleRowBandSize w:val=\"1\"/><w:tblBorders>"
                + "<w:top " + border + "/><w:left " + border + "/><w:bottom " + border + "/><w:right " + border + "/>"
                + "<w:insideH " + border + "/><w:insideV " + border + "/></w:tblBorders>"
                + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"85\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                + "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/><w:color w:val=\"FFFFFF\"/></w:rPr>"
                + "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + GREEN + "\"/></w:tcPr></w:tblStylePr>"
                + "<w:tblStylePr w:type=\"band2Horz\"><w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + BAND_GREEN + "\"/></w:tcPr>"
                + "</w:tblStylePr></w:style>";
        // The root element becomes the CTStyle itself rather than a child of it.
        return CTStyle.Factory.parse(xml, new XmlOptions().setLoadReplaceDocumentElement(null));
    }

    static void style(XWPFStyles styles, String id, String name, String basedOn, String font, int halfPoints,
                      String colour, boolean bold, int outline, int before, int after) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewNext().setVal("Normal");
        style.addNewQFormat();
        CTPPrGeneral ppr = style.addNewPPr();
        var spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        if (outline >= 0) {
            ppr.addNewKeepNext();
            ppr.addNewKeepLines();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr rpr = style.addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setCs(font);
        if (bold) {
            rpr.addNewB();
        }
        if (colour != null) {
            rpr.addNewColor().setVal(colour);
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(style, styles));
    }
}
