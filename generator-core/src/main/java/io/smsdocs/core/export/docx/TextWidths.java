package io.smsdocs.core.export.docx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How wide a text is set in a font, from the advance widths of its characters, so table columns can be
 * sized for their words before any word processor lays them out. The widths are data (font-widths.txt),
 * not read from the fonts of the machine, so the same input gives the same DOCX everywhere. Calibri (and
 * Carlito, which has its widths) is measured exactly; any other font with the "wide" widths, which are at
 * least as wide as the usual office fonts and as the DejaVu fonts LibreOffice puts in for a missing one.
 */
final class TextWidths {

    private static final String RESOURCE = "font-widths.txt";
    /** A character none of the fonts has: as wide as an em, as a CJK ideograph or a symbol from a fallback font. */
    private static final int UNKNOWN = 1000;
    /** The characters the tables cover lie below this code point; they are kept as arrays indexed by it. */
    private static final int LIMIT = 0x2800;
    private static final Map<String, int[]> TABLES = load();

    /** Calibri's single line is 1.22 times its size (ascent, descent and line gap). */
    static final TextWidths CALIBRI = new TextWidths("calibri", 122);
    /** The usual office fonts and DejaVu have single lines of 1.14 to 1.17 times their size. */
    static final TextWidths WIDE = new TextWidths("wide", 117);

    private final int[] regular;
    private final int[] bold;
    private final int singleLinePercent;

    private TextWidths(String table, int singleLinePercent) {
        this.regular = TABLES.get(table + "-regular");
        this.bold = TABLES.get(table + "-bold");
        this.singleLinePercent = singleLinePercent;
    }

    /** The height of a single line at a font size in half-points, in twips. */
    int singleLine(int halfPoints) {
        return halfPoints * 10 * singleLinePercent / 100;
    }

    /** The widths to measure a font family with: exact for Calibri and Carlito, wide for any other or none. */
    static TextWidths forFont(String family) {
        String name = family == null ? "" : family.strip().toLowerCase(Locale.ROOT);
        return name.equals("calibri") || name.equals("carlito") ? CALIBRI : WIDE;
    }

    /** The advance width of a text on one line, in twips, at a font size in half-points (as w:sz gives it). */
    int twips(CharSequence text, boolean boldText, int halfPoints) {
        return twips(chars(text), 0, text.length(), boldText, halfPoints);
    }

    /**
     * The text's characters as an array, which the loops below read: charAt on a string that holds a dash or an
     * umlaut checks its index each time in code the quick compiler made.
     */
    private static char[] chars(CharSequence text) {
        return text.toString().toCharArray();
    }

    /** As {@link #twips(CharSequence, boolean, int)} for the characters from start to end: no substring is made. */
    private int twips(char[] text, int start, int end, boolean boldText, int halfPoints) {
        int[] widths = boldText ? bold : regular;
        long thousandths = 0;
        for (int i = start; i < end; i++) {
            char c = text[i];
            int width = c < LIMIT ? widths[c] : 0;
            // A character beyond the tables is an em; one outside the Basic Multilingual Plane comes as two halves.
            thousandths += width > 0 ? width : Character.isSurrogate(c) ? UNKNOWN / 2 : UNKNOWN;
        }
        // thousandths of an em × (halfPoints / 2) pt × 20 twips per pt / 1000
        return (int) ((thousandths * halfPoints + 99) / 100);
    }

    /**
     * The width of the widest piece of text between two places where a line may break: the least a column
     * needs so that no word of the text breaks. Lines break at spaces, and after a hyphen between letters
     * ("Service-Level-" / "Management"), not after one before a digit ("20000-1"); a no-break space (U+00A0,
     * U+202F) holds its neighbours together.
     */
    int widestWord(CharSequence text, boolean boldText, int halfPoints) {
        int widest = 0;
        for (int piece : pieces(text, boldText, halfPoints)) {
            widest = Math.max(widest, Math.abs(piece));
        }
        return widest;
    }

    /**
     * The widths of the pieces of a text between the places where a line may break (see
     * {@link #widestWord}), in order; a piece that follows a hyphen, and so no space, is negative.
     */
    int[] pieces(CharSequence sequence, boolean boldText, int halfPoints) {
        char[] text = chars(sequence);
        int[] pieces = new int[8];
        int count = 0;
        int start = 0;
        boolean afterSpace = true;
        for (int i = 0; i <= text.length; i++) {
            boolean space = i < text.length && isBreakingSpace(text[i]);
            boolean afterHyphen = i > start + 1 && i < text.length && text[i - 1] == '-'
                    && Character.isLetter(text[i - 2]) && Character.isLetter(text[i]);
            if (i == text.length || space || afterHyphen) {
                if (i > start) {
                    int width = twips(text, start, i, boldText, halfPoints);
                    if (count == pieces.length) {
                        pieces = Arrays.copyOf(pieces, count * 2);
                    }
                    pieces[count++] = afterSpace ? width : -width;
                }
                afterSpace = space;
                start = space ? i + 1 : i;
            }
        }
        return Arrays.copyOf(pieces, count);
    }

    /**
     * How many lines a text takes in a width (in twips), wrapped word by word at spaces, as a word processor
     * does; a word wider than the width takes as many lines as its pieces. An empty text takes one line.
     */
    int lines(CharSequence sequence, boolean boldText, int halfPoints, int width) {
        char[] text = chars(sequence);
        int space = twips(" ", boldText, halfPoints);
        int available = Math.max(width, 1);
        int lines = 1;
        int used = -1; // nothing on the line yet
        int length = text.length;
        for (int start = 0; start < length; ) {
            if (isBreakingSpace(text[start])) {
                start++;
                continue;
            }
            int end = start + 1;
            while (end < length && !isBreakingSpace(text[end])) {
                end++;
            }
            int wordWidth = twips(text, start, end, boldText, halfPoints);
            start = end;
            if (used >= 0 && used + space + wordWidth <= available) {
                used += space + wordWidth;
                continue;
            }
            lines += used >= 0 ? 1 : 0;
            lines += (wordWidth - 1) / available; // the pieces of a word wider than the line
            used = wordWidth % available == 0 ? available : wordWidth % available;
        }
        return lines;
    }

    /** The characters lines wrap at, as a word processor does with these texts. */
    private static boolean isBreakingSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }

    private static Map<String, int[]> load() {
        Map<String, int[]> tables = new HashMap<>();
        try (InputStream in = TextWidths.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.strip().split(" ");
                int[] table = tables.computeIfAbsent(fields[0], name -> new int[LIMIT]);
                int codePoint = Integer.parseInt(fields[1], 16);
                for (int i = 2; i < fields.length; i++, codePoint++) {
                    table[codePoint] = Integer.parseInt(fields[i]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(tables);
    }
}
