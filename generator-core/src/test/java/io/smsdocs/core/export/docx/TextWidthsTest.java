package io.smsdocs.core.export.docx;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Text measured from the advance widths in font-widths.txt, as a word processor would set it. */
class TextWidthsTest {

    private static final int TABLE_TEXT = 19; // 9.5 pt

    @Test
    void calibriIsMeasuredWithItsOwnAdvanceWidths() {
        // Carlito (Calibri's metrics): M 855, e 498, d 525, i 229, u 525, m 799 thousandths of an em;
        // 3431 × 9.5 pt × 20 twips / 1000, rounded up.
        assertThat(TextWidths.CALIBRI.twips("Medium", false, TABLE_TEXT)).isEqualTo(652);
        assertThat(TextWidths.CALIBRI.twips("Medium", true, TABLE_TEXT)).isGreaterThan(652);
        assertThat(TextWidths.CALIBRI.twips("", false, TABLE_TEXT)).isZero();
        assertThat(TextWidths.forFont("Calibri")).isSameAs(TextWidths.CALIBRI);
        assertThat(TextWidths.forFont(" carlito ")).isSameAs(TextWidths.CALIBRI);
    }

    @Test
    void anyOtherFontIsMeasuredAtLeastAsWideAsCalibri() {
        assertThat(TextWidths.forFont("Cambria")).isSameAs(TextWidths.WIDE);
        assertThat(TextWidths.forFont(null)).isSameAs(TextWidths.WIDE);
        for (int cp = 0x20; cp < 0x2720; cp++) {
            String character = new String(Character.toChars(cp));
            for (boolean bold : new boolean[] {false, true}) {
                assertThat(TextWidths.WIDE.twips(character, bold, 2000))
                        .as("U+%04X", cp).isGreaterThanOrEqualTo(TextWidths.CALIBRI.twips(character, bold, 2000));
            }
        }
    }

    @Test
    void aCharacterNoneOfTheFontsHasIsAsWideAsAnEm() {
        // 1000 thousandths at 10 pt: 200 twips.
        assertThat(TextWidths.CALIBRI.twips("中", false, 20)).isEqualTo(200);
        assertThat(TextWidths.CALIBRI.twips("ü", false, 20)).isLessThan(200);
    }

    @Test
    void linesBreakAtSpacesAndAfterHyphensBetweenLetters() {
        TextWidths widths = TextWidths.CALIBRI;
        assertThat(widths.widestWord("Service-Level-Management", false, TABLE_TEXT))
                .isEqualTo(widths.twips("Management", false, TABLE_TEXT));
        assertThat(widths.widestWord("ISO/IEC 20000-1:2018", false, TABLE_TEXT))
                .as("no break before a digit").isEqualTo(widths.twips("20000-1:2018", false, TABLE_TEXT));
        assertThat(widths.widestWord("Gesamt- und durchführungsverantwortlich", true, TABLE_TEXT))
                .isEqualTo(widths.twips("durchführungsverantwortlich", true, TABLE_TEXT));
        assertThat(widths.widestWord("Mon-Fri 08:00\u00a018:00", false, TABLE_TEXT))
                .as("a no-break space holds its neighbours together").isEqualTo(widths.twips("08:00\u00a018:00", false, TABLE_TEXT));
        assertThat(widths.pieces("Service-Level Management", false, TABLE_TEXT)).containsExactly(
                widths.twips("Service-", false, TABLE_TEXT), -widths.twips("Level", false, TABLE_TEXT),
                widths.twips("Management", false, TABLE_TEXT));
    }

    @Test
    void linesWrapWordByWord() {
        TextWidths widths = TextWidths.CALIBRI;
        int word = widths.twips("Medium", false, TABLE_TEXT);
        assertThat(widths.lines("Medium Medium", false, TABLE_TEXT, 3 * word)).isEqualTo(1);
        assertThat(widths.lines("Medium Medium", false, TABLE_TEXT, word)).isEqualTo(2);
        assertThat(widths.lines("Medium", false, TABLE_TEXT, word / 2)).as("a word wider than the line").isEqualTo(2);
        assertThat(widths.lines("", false, TABLE_TEXT, word)).isEqualTo(1);
    }
}
