// Writes font-widths.txt, the advance widths TableXmlWriter sizes table columns with (see TextWidths).
// Not part of the build: the file it writes is committed. Run it again only to change the fonts or the characters:
//
//   java generator-core/src/build/FontWidths.java \
//       generator-core/src/main/resources/io/smsdocs/core/export/docx/font-widths.txt
//
// It reads the font files of Debian's fonts-crosextra-carlito and fonts-dejavu-core. Carlito has the advance
// widths of Calibri, the built-in house style's font, so the "calibri" tables are exact for it; a character
// Carlito lacks (a ballot box, say) has the width of DejaVu Sans, in which a word processor then sets it, and
// a space-like one (the no-break space, which Java does not find in Carlito) the width of the space. The "wide"
// tables hold, per character, the widest of DejaVu Sans, DejaVu Serif and Carlito: wider than the usual office
// fonts (Arial, Cambria, Times New Roman, Georgia) and than DejaVu, which LibreOffice puts in for a font it
// lacks, so a column sized with them holds its longest word whatever font a house style names.

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.File;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

public class FontWidths {

    static final String CARLITO = "/usr/share/fonts/truetype/crosextra/Carlito-";
    static final String DEJAVU = "/usr/share/fonts/truetype/dejavu/";
    /** Basic Latin, Latin-1, Latin Extended-A, and the punctuation and symbols the templates write. */
    static final int[][] RANGES = {{0x20, 0x7E}, {0xA0, 0x17F}, {0x2010, 0x2027}, {0x2030, 0x203A}, {0x20AC, 0x20AC},
            {0x2122, 0x2122}, {0x2190, 0x2194}, {0x2212, 0x2212}, {0x2264, 0x2265}, {0x25A0, 0x25A1}, {0x25CB, 0x25CF},
            {0x2610, 0x2612}, {0x2713, 0x2718}};

    public static void main(String[] args) throws Exception {
        Font carlito = font(CARLITO + "Regular.ttf");
        Font carlitoBold = font(CARLITO + "Bold.ttf");
        Font[] wide = {font(DEJAVU + "DejaVuSans.ttf"), font(DEJAVU + "DejaVuSerif.ttf"), carlito};
        Font[] wideBold = {font(DEJAVU + "DejaVuSans-Bold.ttf"), font(DEJAVU + "DejaVuSerif-Bold.ttf"), carlitoBold};
        try (PrintWriter out = new PrintWriter(new File(args[0]), StandardCharsets.UTF_8)) {
            out.println("# Advance widths in thousandths of an em, written by generator-core/src/build/FontWidths.java (do not edit).");
            out.println("# calibri: Carlito 1.103, metric-compatible with Calibri (DejaVu Sans 2.37 where Carlito lacks a character).");
            out.println("# wide: per character the widest of DejaVu Sans, DejaVu Serif 2.37 and Carlito. A line: table, first code");
            out.println("# point (hex), widths of consecutive code points; 0 where none of the fonts has the character.");
            for (int[] range : RANGES) {
                line(out, "calibri-regular", range, new Font[] {carlito}, wide[0]);
                line(out, "calibri-bold", range, new Font[] {carlitoBold}, wideBold[0]);
                line(out, "wide-regular", range, wide, null);
                line(out, "wide-bold", range, wideBold, null);
            }
        }
    }

    /** The widest of the fonts per character; where none has it, the fallback font's width (if any). */
    static void line(PrintWriter out, String table, int[] range, Font[] fonts, Font fallback) {
        List<String> widths = new ArrayList<>();
        for (int cp = range[0]; cp <= range[1]; cp++) {
            long widest = 0;
            for (Font font : fonts) {
                widest = Math.max(widest, advance(font, cp));
            }
            if (widest == 0 && Character.isSpaceChar(cp)) {
                for (Font font : fonts) {
                    widest = Math.max(widest, advance(font, ' '));
                }
            }
            if (widest == 0 && fallback != null) {
                widest = advance(fallback, cp);
            }
            widths.add(Long.toString(widest));
        }
        out.println(table + " " + String.format("%04X", range[0]) + " " + String.join(" ", widths));
    }

    static long advance(Font font, int cp) {
        if (!font.canDisplay(cp)) {
            return 0;
        }
        String text = new String(Character.toChars(cp));
        return Math.round(font.createGlyphVector(new FontRenderContext(null, true, true), text).getGlyphMetrics(0).getAdvance());
    }

    static Font font(String file) throws Exception {
        return Font.createFont(Font.TRUETYPE_FONT, new File(file)).deriveFont(1000f);
    }
}
