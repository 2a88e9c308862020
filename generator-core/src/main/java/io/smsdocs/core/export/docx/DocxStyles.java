package io.smsdocs.core.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPrDefault;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The built-in house style: readable sans-serif body, coloured headings with outline levels (so
 * Word's navigation pane and TOC work) kept with the text that follows them, the table style that
 * gives every table its borders and header row ({@link #TABLE}), and styles for code, quotes and guidance.
 * Style ids are Word's own, so a reference document's styles of the same ids replace them; a reference
 * style with another id but the same name (Word's built-in names such as "heading 1", whatever the id a
 * localised Word gave it: German Word writes "berschrift1") replaces them too, and the package then uses
 * that id for it (see {@link #ensure}).
 */
final class DocxStyles {

    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String HEADING = "Heading";
    static final String TABLE = "SmsTable";
    static final String TABLE_NAME = "SMS Table";
    static final String TABLE_TEXT = "TableText";
    static final String CODE = "SourceCode";
    static final String QUOTE = "Quote";
    static final String GUIDANCE = "Guidance";
    static final String TOC_HEADING = "TOCHeading";
    static final String LIST_PARAGRAPH = "ListParagraph";
    static final String HYPERLINK = "Hyperlink";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";

    static final String BODY_FONT = "Calibri";
    static final String HEADING_FONT = "Calibri";
    static final String CODE_FONT = "Consolas";
    static final String ACCENT = "1F4E79";
    static final String HEADER_FILL = "DCE6F1";
    static final String BORDER = "9BB1C8";
    /** Left and right cell margin of the built-in table style, in twips (0.15 cm). */
    static final int CELL_MARGIN = 85;

    private DocxStyles() {
    }

    static String heading(int level) {
        return HEADING + level;
    }

    /**
     * Adds every style the writers use that the document does not define yet, under their id or their
     * name, and marks the text with the set's language.
     *
     * @param languageTag the language of the set's text, as Word writes it (de-DE)
     * @return the styles a reference document has under another id, by the id the writers use
     *         (Heading1 → berschrift1); empty when every style has its usual id
     */
    static Map<String, String> ensure(XWPFDocument document, boolean builtInStyle, String languageTag) {
        Target styles = new Target(document.createStyles());
        if (builtInStyle) {
            defaults(styles.styles);
        }
        language(styles.styles, languageTag);
        paragraph(styles, "Normal", "Normal", null, rpr -> size(rpr, 21), ppr -> {
            ppr.addNewWidowControl(); // said, not left to the reader's default: no line alone at the foot or head of a page
            spacing(ppr, 0, 120, 264);
        });
        paragraph(styles, TITLE, "Title", "Normal", rpr -> {
            size(rpr, 44);
            color(rpr, ACCENT);
            rpr.addNewB();
        }, ppr -> spacing(ppr, 0, 240, 240));
        paragraph(styles, SUBTITLE, "Subtitle", "Normal", rpr -> {
            size(rpr, 26);
            color(rpr, "595959");
        }, ppr -> {
            spacing(ppr, 240, 120, 240);
            ppr.addNewKeepNext();
        });
        int[] sizes = {32, 26, 23};
        for (int level = 1; level <= 3; level++) {
            int outline = level - 1;
            int size = sizes[level - 1];
            paragraph(styles, heading(level), "heading " + level, "Normal", rpr -> {
                size(rpr, size);
                color(rpr, ACCENT);
                rpr.addNewB();
                fonts(rpr, HEADING_FONT);
            }, ppr -> {
                ppr.addNewKeepNext();
                ppr.addNewKeepLines();
                ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
                spacing(ppr, outline == 0 ? 360 : 240, 120, 240);
            });
        }
        paragraph(styles, TOC_HEADING, "TOC Heading", heading(1), rpr -> { }, ppr -> ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(9)));
        for (int tocLevel = 1; tocLevel <= 3; tocLevel++) {
            int indent = (tocLevel - 1) * 220;
            paragraph(styles, "TOC" + tocLevel, "toc " + tocLevel, "Normal", rpr -> { },
                    ppr -> {
                        ppr.addNewKeepNext(); // the contents move to the next page as a whole, also once Word rebuilds them
                        spacing(ppr, 0, 60, 240);
                        ppr.addNewInd().setLeft(BigInteger.valueOf(indent));
                    });
        }
        paragraph(styles, LIST_PARAGRAPH, "List Paragraph", "Normal", rpr -> { }, ppr -> spacing(ppr, 0, 60, 264));
        paragraph(styles, TABLE_TEXT, "Table Text", "Normal", rpr -> size(rpr, 19), ppr -> spacing(ppr, 40, 40, 240));
        paragraph(styles, CODE, "Source Code", "Normal", rpr -> {
            fonts(rpr, CODE_FONT);
            size(rpr, 18);
        }, ppr -> {
            spacing(ppr, 0, 0, 240);
            shading(ppr, "F2F2F2");
        });
        paragraph(styles, QUOTE, "Quote", "Normal", rpr -> {
            rpr.addNewI();
            color(rpr, "404040");
        }, ppr -> ppr.addNewInd().setLeft(BigInteger.valueOf(567)));
        paragraph(styles, GUIDANCE, "Guidance", "Normal", rpr -> {
            rpr.addNewI();
            color(rpr, "7F6000");
            size(rpr, 19);
        }, ppr -> {
            ppr.addNewInd().setLeft(BigInteger.valueOf(284));
            shading(ppr, "FFF2CC");
        });
        paragraph(styles, HEADER, "header", "Normal", rpr -> {
            size(rpr, 17);
            color(rpr, "595959");
        }, ppr -> spacing(ppr, 0, 0, 240));
        paragraph(styles, FOOTER, "footer", "Normal", rpr -> {
            size(rpr, 17);
            color(rpr, "595959");
        }, ppr -> spacing(ppr, 0, 0, 240));
        character(styles, HYPERLINK, "Hyperlink", rpr -> {
            color(rpr, "0563C1");
            rpr.addNewU().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline.SINGLE);
        });
        table(styles);
        return Map.copyOf(styles.aliases);
    }

    /** Document-wide font; a reference document keeps its own. */
    private static void defaults(XWPFStyles styles) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(BODY_FONT);
        fonts.setHAnsi(BODY_FONT);
        fonts.setCs(BODY_FONT);
        fonts.setEastAsia(BODY_FONT);
        styles.setDefaultFonts(fonts);
    }

    /**
     * The language of the text is the set's, also under a reference document: the document defaults
     * say it, and a style that names a language of its own for Latin text is given the set's instead.
     * East Asian and complex-script languages (w:eastAsia, w:bidi) are the house style's to set, unless
     * they merely repeat the Latin one, as POI's setSpellingLanguage writes them: those go with it.
     */
    private static void language(XWPFStyles styles, String tag) {
        CTStyles ct = styles.getCtStyles();
        CTDocDefaults defaults = ct.isSetDocDefaults() ? ct.getDocDefaults() : ct.addNewDocDefaults();
        CTRPrDefault runDefault = defaults.isSetRPrDefault() ? defaults.getRPrDefault() : defaults.addNewRPrDefault();
        CTRPr rpr = runDefault.isSetRPr() ? runDefault.getRPr() : runDefault.addNewRPr();
        if (rpr.getLangList().isEmpty()) {
            rpr.addNewLang();
        }
        rpr.getLangList().forEach(lang -> language(lang, tag));
        for (CTStyle style : ct.getStyleList()) {
            if (style.isSetRPr()) {
                style.getRPr().getLangList().stream().filter(CTLanguage::isSetVal).forEach(lang -> language(lang, tag));
            }
        }
    }

    private static void language(CTLanguage lang, String tag) {
        String previous = lang.isSetVal() ? lang.getVal() : null;
        if (previous != null && lang.isSetBidi() && previous.equalsIgnoreCase(lang.getBidi())) {
            lang.unsetBidi();
        }
        if (previous != null && lang.isSetEastAsia() && previous.equalsIgnoreCase(lang.getEastAsia())) {
            lang.unsetEastAsia();
        }
        lang.setVal(tag);
    }

    /**
     * The look of every table, as a table style a house style can redefine under the same id or name: thin
     * borders, cell margins, and a bold, shaded header row (the first-row conditional format, which the
     * tables switch on in their w:tblLook). Parsed from XML because poi-ooxml-lite lacks the typed classes of
     * table-style properties.
     */
    private static void table(Target styles) {
        if (styles.existing(TABLE, TABLE_NAME, STStyleType.TABLE) != null) {
            return;
        }
        String tableNormal = styles.existing("TableNormal", "Normal Table", STStyleType.TABLE);
        String border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"" + BORDER + "\"";
        String xml = "<w:style xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " w:type=\"table\" w:styleId=\"" + TABLE + "\"><w:name w:val=\"" + TABLE_NAME + "\"/>"
                + "<w:basedOn w:val=\"" + Xml.text(tableNormal == null ? "TableNormal" : tableNormal) + "\"/>"
                + "<w:uiPriority w:val=\"59\"/><w:tblPr><w:tblBorders>"
                + "<w:top " + border + "/><w:left " + border + "/><w:bottom " + border + "/><w:right " + border + "/>"
                + "<w:insideH " + border + "/><w:insideV " + border + "/></w:tblBorders>"
                + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"" + CELL_MARGIN + "\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"" + CELL_MARGIN + "\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                + "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/></w:rPr>"
                + "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + HEADER_FILL + "\"/></w:tcPr></w:tblStylePr>"
                + "</w:style>";
        try {
            // The root element becomes the CTStyle itself rather than a child of it.
            var options = new org.apache.xmlbeans.XmlOptions().setLoadReplaceDocumentElement(null);
            styles.styles.addStyle(new XWPFStyle(CTStyle.Factory.parse(xml, options), styles.styles));
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void paragraph(Target styles, String id, String name, String basedOn,
                                  java.util.function.Consumer<CTRPr> run, java.util.function.Consumer<CTPPrGeneral> paragraph) {
        if (styles.existing(id, name, STStyleType.PARAGRAPH) != null) {
            return; // a reference document's style wins
        }
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(styles.id(basedOn));
        }
        style.addNewNext().setVal(styles.id("Normal"));
        style.addNewQFormat();
        paragraph.accept(style.addNewPPr());
        run.accept(style.addNewRPr());
        styles.styles.addStyle(new XWPFStyle(style, styles.styles));
    }

    private static void character(Target styles, String id, String name, java.util.function.Consumer<CTRPr> run) {
        if (styles.existing(id, name, STStyleType.CHARACTER) != null) {
            return;
        }
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.CHARACTER);
        style.addNewName().setVal(name);
        run.accept(style.addNewRPr());
        styles.styles.addStyle(new XWPFStyle(style, styles.styles));
    }

    /** The styles part being completed, and the styles it has under another id than the writers use. */
    private static final class Target {
        final XWPFStyles styles;
        final Map<String, String> aliases = new LinkedHashMap<>();

        Target(XWPFStyles styles) {
            this.styles = styles;
        }

        /**
         * The id under which the document has this style: the same id, or else the id of a style of the same
         * type whose name matches, ignoring case (Word's built-in names are lower-case: "heading 1"); null
         * when it has neither.
         */
        String existing(String id, String name, STStyleType.Enum type) {
            if (styles.styleExist(id)) {
                return id;
            }
            for (CTStyle style : styles.getCtStyles().getStyleList()) {
                STStyleType.Enum styleType = style.isSetType() ? style.getType() : STStyleType.PARAGRAPH;
                if (style.isSetName() && style.getStyleId() != null && styleType == type
                        && name.equalsIgnoreCase(style.getName().getVal().strip())) {
                    aliases.put(id, style.getStyleId());
                    return style.getStyleId();
                }
            }
            return null;
        }

        /** The id the package has for a style the writers know by this id. */
        String id(String id) {
            return aliases.getOrDefault(id, id);
        }
    }

    private static void size(CTRPr rpr, int halfPoints) {
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }

    private static void color(CTRPr rpr, String hex) {
        rpr.addNewColor().setVal(hex);
    }

    private static void fonts(CTRPr rpr, String font) {
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setCs(font);
    }

    /** A plain fill; w:val is required by the schema (Word reports the file as damaged without it). */
    private static void shading(CTPPrGeneral ppr, String fill) {
        var shading = ppr.addNewShd();
        shading.setVal(STShd.CLEAR);
        shading.setColor("auto");
        shading.setFill(fill);
    }

    private static void spacing(CTPPrGeneral ppr, int before, int after, int line) {
        var spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        spacing.setLine(BigInteger.valueOf(line));
        spacing.setLineRule(STLineSpacingRule.AUTO);
    }
}
