package io.smsdocs.core.export.docx;

import io.smsdocs.core.export.DeflatedPart;
import io.smsdocs.core.export.FixedZip;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything a document of the set shares, built once with Apache POI: styles (built-in or from the
 * reference document), list definitions, settings, page setup, header and footer with the logo.
 * Per document only the body, a few relationships and the document-specific texts are added, which
 * keeps the export fast; XML that POI would build node by node is then written as text.
 */
final class PackageTemplate {

    static final String REFERENCE_TOKEN = "SMSDOCS-REFERENCE-TOKEN";
    static final String CLASSIFICATION_TOKEN = "SMSDOCS-CLASSIFICATION-TOKEN";
    static final String DOCUMENT = "word/document.xml";
    static final String NUMBERING = "word/numbering.xml";
    static final String DOCUMENT_RELS = "word/_rels/document.xml.rels";
    static final String CONTENT_TYPES = "[Content_Types].xml";
    static final String CORE = "docProps/core.xml";

    private static final Pattern SECTION = Pattern.compile("<w:sectPr[ >].*</w:sectPr>", Pattern.DOTALL);
    private static final Pattern RELATIONSHIP_ID = Pattern.compile("Id=\"rId(\\d+)\"");
    private static final Pattern MEDIA = Pattern.compile("word/media/image(\\d+)\\.");
    private static final Pattern NUM_ID = Pattern.compile("<w:num w:numId=\"(\\d+)\"");
    private static final Pattern STYLE_REFERENCE = Pattern.compile("(<w:(?:pStyle|rStyle|tblStyle) w:val=\")([^\"]*)\"");

    /** Twips per unit of the universal measures a page size or margin may be given in (ST_UniversalMeasure). */
    private static final Map<String, Double> TWIPS_PER_UNIT = Map.of("mm", 1440 / 25.4, "cm", 1440 / 2.54, "in", 1440.0,
            "pt", 20.0, "pc", 240.0, "pi", 240.0);

    private final Map<String, byte[]> parts;
    /** Parts compressed once for every document of the set that takes them as they are. */
    private final Map<String, DeflatedPart> deflated = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> styleIds;
    private final int textWidth;
    private final StyleMetrics metrics;
    private final String sectionXml;
    private final int bulletAbstractId;
    private final int orderedAbstractId;
    private final int firstFreeRelationshipId;
    private final int firstFreeMediaNumber;
    private final int firstFreeNumId;

    private PackageTemplate(Map<String, byte[]> parts, int bulletAbstractId, int orderedAbstractId, Map<String, String> styleIds,
                            int textWidth, StyleMetrics metrics) {
        this.parts = Collections.unmodifiableMap(parts);
        this.styleIds = styleIds;
        this.textWidth = textWidth;
        this.metrics = metrics;
        this.bulletAbstractId = bulletAbstractId;
        this.orderedAbstractId = orderedAbstractId;
        Matcher section = SECTION.matcher(text(DOCUMENT));
        if (!section.find()) {
            throw new IllegalStateException("the package has no section properties");
        }
        this.sectionXml = section.group();
        int maxId = 0;
        for (Matcher m = RELATIONSHIP_ID.matcher(text(DOCUMENT_RELS)); m.find(); ) {
            maxId = Math.max(maxId, Integer.parseInt(m.group(1)));
        }
        this.firstFreeRelationshipId = maxId + 1;
        int maxMedia = 0;
        for (String name : parts.keySet()) {
            Matcher m = MEDIA.matcher(name);
            if (m.find()) {
                maxMedia = Math.max(maxMedia, Integer.parseInt(m.group(1)));
            }
        }
        this.firstFreeMediaNumber = maxMedia + 1;
        int maxNum = 0;
        for (Matcher m = NUM_ID.matcher(text(NUMBERING)); m.find(); ) {
            maxNum = Math.max(maxNum, Integer.parseInt(m.group(1)));
        }
        this.firstFreeNumId = maxNum + 1;
    }

    static PackageTemplate build(String organization, ImageLoader.Picture logo, byte[] referenceDocx) {
        return build(organization, logo, referenceDocx, DocxLabels.from(java.util.Map.of()), DocxLanguage.DEFAULT);
    }

    /** @param language the language of the set's text as Word writes it (de-DE), see {@link DocxLanguage} */
    static PackageTemplate build(String organization, ImageLoader.Picture logo, byte[] referenceDocx, DocxLabels labels,
                                 String language) {
        try (XWPFDocument document = referenceDocx == null ? new XWPFDocument()
                : new XWPFDocument(new ByteArrayInputStream(referenceDocx))) {
            // A reference document lends its styles, numbering, page setup, header and footer; its text goes.
            while (!document.getBodyElements().isEmpty()) {
                document.removeBodyElement(0);
            }
            Map<String, String> styleIds = DocxStyles.ensure(document, referenceDocx == null, language);
            BigInteger[] lists = DocxNumbering.addDefinitions(document);
            int textWidth = pageSetup(document, referenceDocx != null);
            StyleMetrics metrics = StyleMetrics.of(document.getStyles(), styleIds,
                    document.getTheme() == null ? null : document.getTheme().getMinorFont(), textHeight(document));
            headerAndFooter(document, organization, logo, labels, styleIds, textWidth);
            document.enforceUpdateFields();
            if (DocxLanguage.hyphenates(language)) {
                hyphenate(document);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return new PackageTemplate(FixedZip.read(out.toByteArray()), lists[0].intValue(), lists[1].intValue(), styleIds,
                    textWidth, metrics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A template from parts already built, as {@link BuiltInPackages} keeps them. */
    static PackageTemplate of(Map<String, byte[]> parts, int bulletAbstractId, int orderedAbstractId, Map<String, String> styleIds,
                              int textWidth, StyleMetrics metrics) {
        return new PackageTemplate(parts, bulletAbstractId, orderedAbstractId, styleIds, textWidth, metrics);
    }

    Map<String, byte[]> parts() {
        return parts;
    }

    /** The writers' style ids that this package has under another id. */
    Map<String, String> styleIds() {
        return styleIds;
    }

    /** A part as it is, compressed (once for the template). */
    DeflatedPart deflated(String part) {
        return deflated.computeIfAbsent(part, name -> DeflatedPart.of(parts.get(name)));
    }

    String text(String part) {
        byte[] bytes = parts.get(part);
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    String sectionXml() {
        return sectionXml;
    }

    /** The width between the page margins, in twips: what a table spans and a picture may fill at most. */
    int textWidth() {
        return textWidth;
    }

    /** How the styles of this package set text and how much its page holds: what the writers estimate with. */
    StyleMetrics metrics() {
        return metrics;
    }

    /**
     * The body with the style ids of this package: where a reference document has a style under another
     * id (German Word: berschrift1 for heading 1), the references to it use that id. Given the body in pieces
     * that each end with an element, as the body writer hands them on, it gives the pieces of the whole.
     */
    CharSequence withStyleIds(CharSequence bodyXml) {
        if (styleIds.isEmpty()) {
            return bodyXml;
        }
        return STYLE_REFERENCE.matcher(bodyXml).replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                + (styleIds.containsKey(m.group(2)) ? Xml.text(styleIds.get(m.group(2))) : m.group(2)) + "\""));
    }

    int bulletAbstractId() {
        return bulletAbstractId;
    }

    int orderedAbstractId() {
        return orderedAbstractId;
    }

    int firstFreeRelationshipId() {
        return firstFreeRelationshipId;
    }

    int firstFreeMediaNumber() {
        return firstFreeMediaNumber;
    }

    int firstFreeNumId() {
        return firstFreeNumId;
    }

    private static void headerAndFooter(XWPFDocument document, String organization, ImageLoader.Picture logo, DocxLabels labels,
                                        Map<String, String> styleIds, int textWidth) {
        XWPFHeaderFooterPolicy policy = document.getHeaderFooterPolicy();
        XWPFHeaderFooter header = policy != null && policy.getDefaultHeader() != null ? policy.getDefaultHeader()
                : document.createHeader(HeaderFooterType.DEFAULT);
        XWPFHeaderFooter footer = policy != null && policy.getDefaultFooter() != null ? policy.getDefaultFooter()
                : document.createFooter(HeaderFooterType.DEFAULT);

        XWPFParagraph top = firstEmptyParagraph(header);
        top.setStyle(styleIds.getOrDefault(DocxStyles.HEADER, DocxStyles.HEADER));
        rightTab(top, textWidth);
        if (logo != null) {
            long[] extent = logo.extentEmu(3.0, Double.MAX_VALUE);
            try {
                top.createRun().addPicture(new ByteArrayInputStream(logo.bytes()),
                        org.apache.poi.common.usermodel.PictureType.valueOf(logo.extension().toUpperCase(java.util.Locale.ROOT)),
                        "logo." + logo.extension(), (int) extent[0], (int) extent[1]);
            } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IllegalStateException("the logo cannot be embedded", e);
            }
            top.createRun().setText("  ");
        }
        top.createRun().setText(organization);
        top.createRun().addTab();
        top.createRun().setText(REFERENCE_TOKEN);
        var border = pPr(top).addNewPBdr().addNewBottom();
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(4));
        border.setColor(DocxStyles.BORDER);

        XWPFParagraph bottom = firstEmptyParagraph(footer);
        bottom.setStyle(styleIds.getOrDefault(DocxStyles.FOOTER, DocxStyles.FOOTER));
        rightTab(bottom, textWidth);
        bottom.createRun().setText(CLASSIFICATION_TOKEN);
        bottom.createRun().addTab();
        bottom.createRun().setText(labels.page() + " ");
        field(bottom, "PAGE \\* MERGEFORMAT");
        bottom.createRun().setText(" " + labels.of() + " ");
        field(bottom, "NUMPAGES \\* MERGEFORMAT");
    }

    private static void field(XWPFParagraph paragraph, String instruction) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        var text = paragraph.createRun().getCTR().addNewInstrText();
        text.setStringValue(" " + instruction + " ");
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        paragraph.createRun().setText("1");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

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

    private static void rightTab(XWPFParagraph paragraph, int textWidth) {
        var tab = pPr(paragraph).addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(textWidth));
    }

    private static CTPPr pPr(XWPFParagraph paragraph) {
        return paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
    }

    /** Automatic hyphenation on (a w:autoHyphenation without w:val), also where a reference document turned it off. */
    private static void hyphenate(XWPFDocument document) {
        var settings = document.getSettings().getCTSettings();
        var on = settings.isSetAutoHyphenation() ? settings.getAutoHyphenation() : settings.addNewAutoHyphenation();
        if (on.isSetVal()) {
            on.unsetVal();
        }
    }

    /**
     * A4 with 2 cm margins, unless a reference document sets the page (Letter, landscape, its own margins):
     * what it leaves out gets the built-in value. Returns the text width of the page, in twips.
     */
    private static int pageSetup(XWPFDocument document, boolean fromReference) {
        var body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        if (!fromReference || !section.isSetPgSz() || section.getPgSz().getW() == null) {
            var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
        }
        if (!fromReference || !section.isSetPgMar()) {
            var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(1134));
            margins.setBottom(BigInteger.valueOf(1134));
            margins.setLeft(BigInteger.valueOf(1134));
            margins.setRight(BigInteger.valueOf(1134));
            margins.setHeader(BigInteger.valueOf(567));
            margins.setFooter(BigInteger.valueOf(567));
            margins.setGutter(BigInteger.ZERO);
        }
        var margins = section.getPgMar();
        long width = twips(section.getPgSz().getW()) - twips(margins.getLeft()) - twips(margins.getRight())
                - twips(margins.getGutter());
        // A page whose margins leave less than 5 cm is not a house style to follow for the text width.
        return width < 2835 ? BodyXmlWriter.TEXT_WIDTH_TWIPS : (int) width;
    }

    /** The height between the top and bottom margins of the page set up, in twips (the built-in page's if it is implausible). */
    private static int textHeight(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().getSectPr();
        var margins = section.getPgMar();
        long height = twips(section.getPgSz().getH()) - Math.abs(twips(margins.getTop())) - Math.abs(twips(margins.getBottom()));
        return height < 2835 ? 16838 - 2 * 1134 : (int) height;
    }

    /** A measure of the page: twips as a number, or a universal measure such as "2.5cm" or "1in"; absent is 0. */
    static long twips(Object measure) {
        if (measure == null) {
            return 0;
        }
        if (measure instanceof Number number) {
            return number.longValue();
        }
        String text = measure.toString().strip();
        String unit = text.length() > 2 ? text.substring(text.length() - 2) : "";
        try {
            if (TWIPS_PER_UNIT.containsKey(unit)) {
                return Math.round(Double.parseDouble(text.substring(0, text.length() - 2)) * TWIPS_PER_UNIT.get(unit));
            }
            return Math.round(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
