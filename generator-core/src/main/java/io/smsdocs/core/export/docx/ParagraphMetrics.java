package io.smsdocs.core.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a paragraph style of the package sets its text: font, size, weight, line height and the space around
 * it, as the style says or inherits (the styles it is based on, then the document defaults). Enough to size
 * table columns for their words and to estimate how much of a page a few paragraphs take.
 *
 * @param widths     the advance widths of the font
 * @param halfPoints the font size, in half-points
 * @param bold       whether the style sets its text in bold
 * @param lineTwips  the height of one line, in twips
 * @param spaceTwips the space before and after the paragraph together, in twips
 */
record ParagraphMetrics(TextWidths widths, int halfPoints, boolean bold, int lineTwips, int spaceTwips) {

    /** Word's size where no style says one: 10 pt. */
    private static final int DEFAULT_HALF_POINTS = 20;

    /** The height of a text in this style set in the given width, in twips. */
    int height(String text, int width) {
        return spaceTwips + lineTwips * widths.lines(text, bold, halfPoints, width);
    }

    /**
     * @param id        the style's id in the package
     * @param themeFont the minor (body) font of the package's theme, for styles that name a theme font; may be null
     */
    static ParagraphMetrics of(XWPFStyles styles, String id, String themeFont) {
        String font = null;
        int size = -1;
        Boolean bold = null;
        long before = -1;
        long after = -1;
        long line = -1;
        STLineSpacingRule.Enum rule = null;
        List<CTRPr> runs = new ArrayList<>();
        List<CTPPrBase> paragraphs = new ArrayList<>();
        for (CTStyle style : chain(styles, id)) {
            if (style.isSetRPr()) {
                runs.add(style.getRPr());
            }
            if (style.isSetPPr()) {
                paragraphs.add(style.getPPr());
            }
        }
        CTStyles all = styles.getCtStyles();
        if (all.isSetDocDefaults()) {
            var defaults = all.getDocDefaults();
            if (defaults.isSetRPrDefault() && defaults.getRPrDefault().isSetRPr()) {
                runs.add(defaults.getRPrDefault().getRPr());
            }
            if (defaults.isSetPPrDefault() && defaults.getPPrDefault().isSetPPr()) {
                paragraphs.add(defaults.getPPrDefault().getPPr());
            }
        }
        for (CTRPr rpr : runs) {
            font = font != null ? font : font(rpr, themeFont);
            size = size > 0 ? size : size(rpr);
            if (bold == null && !rpr.getBList().isEmpty()) {
                Object on = rpr.getBList().get(0).getVal();
                bold = on == null || !List.of("false", "0", "off").contains(String.valueOf(on));
            }
        }
        for (CTPPrBase ppr : paragraphs) {
            CTSpacing spacing = ppr.getSpacing();
            if (spacing != null) {
                before = before >= 0 || !spacing.isSetBefore() ? before : PackageTemplate.twips(spacing.getBefore());
                after = after >= 0 || !spacing.isSetAfter() ? after : PackageTemplate.twips(spacing.getAfter());
                if (line < 0 && spacing.isSetLine()) {
                    line = PackageTemplate.twips(spacing.getLine());
                    rule = spacing.isSetLineRule() ? spacing.getLineRule() : STLineSpacingRule.AUTO;
                }
            }
        }
        int halfPoints = size > 0 ? size : DEFAULT_HALF_POINTS;
        TextWidths widths = TextWidths.forFont(font);
        int single = widths.singleLine(halfPoints);
        int lineTwips;
        if (line <= 0 || rule == STLineSpacingRule.AUTO) {
            lineTwips = line <= 0 ? single : (int) (single * line / 240);
        } else if (rule == STLineSpacingRule.EXACT) {
            lineTwips = (int) line;
        } else {
            lineTwips = (int) Math.max(single, line);
        }
        return new ParagraphMetrics(widths, halfPoints, bold != null && bold, lineTwips,
                (int) (Math.max(before, 0) + Math.max(after, 0)));
    }

    /** The style and those it is based on, nearest first. */
    static List<CTStyle> chain(XWPFStyles styles, String id) {
        List<CTStyle> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String next = id; next != null && seen.add(next) && styles.getStyle(next) != null; ) {
            CTStyle style = styles.getStyle(next).getCTStyle();
            chain.add(style);
            next = style.isSetBasedOn() ? style.getBasedOn().getVal() : null;
        }
        return chain;
    }

    private static String font(CTRPr rpr, String themeFont) {
        for (CTFonts fonts : rpr.getRFontsList()) {
            if (fonts.isSetAscii()) {
                return fonts.getAscii();
            }
            if (fonts.isSetAsciiTheme() && fonts.getAsciiTheme().toString().startsWith("minor")) {
                return themeFont;
            }
        }
        return null;
    }

    /** A size in half-points, or in a universal measure ("9.5pt"); a half-point is 10 twips. */
    private static int size(CTRPr rpr) {
        if (rpr.getSzList().isEmpty()) {
            return -1;
        }
        String size = String.valueOf(rpr.getSzList().get(0).getVal()).strip();
        boolean measure = !size.isEmpty() && Character.isLetter(size.charAt(size.length() - 1));
        return (int) (measure ? PackageTemplate.twips(size) / 10 : PackageTemplate.twips(size));
    }
}
