package io.smsdocs.core.export.docx;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Column widths from the text of the cells: whole words where the page allows, the rest by content. */
class ColumnWidthsTest {

    private static final TableFont FONT = TableFont.BUILT_IN;
    private static final int A4 = 9638;
    /** The text width of the harbour house style: A4 with 2.5 cm margins. */
    private static final int HOUSE = 9070;

    private static final List<List<String>> RISKS = List.of(
            List.of("ID", "Risk", "Likelihood", "Impact", "Level", "Treatment", "Owner"),
            List.of("R-01", "An outage of Fabrikam Cloud's primary data centre stops cloud hosting for every customer at once",
                    "Low", "High", "Medium", "Replicas in Fabrikam's second UK data centre; failover tested twice a year",
                    "Infrastructure Lead"),
            List.of("R-02", "Knowledge of customer networks sits with two engineers, so absence or departure slows incident resolution",
                    "Medium", "Medium", "Medium", "Runbooks for each customer network; second engineer shadowed on every major change",
                    "Service Delivery Manager"));

    @Test
    void everyHeaderWordAndEveryWordOfACellFitsItsColumn() {
        int[] widths = ColumnWidths.of(RISKS, 1, 7, FONT, A4);

        assertThat(Arrays.stream(widths).sum()).isEqualTo(A4);
        for (int r = 0; r < RISKS.size(); r++) {
            for (int c = 0; c < 7; c++) {
                int word = FONT.widths().widestWord(RISKS.get(r).get(c), r == 0, FONT.halfPoints());
                assertThat(widths[c] - FONT.cellMargins()).as("'%s' in column %d", RISKS.get(r).get(c), c).isGreaterThan(word);
            }
        }
        // "Medium" was set as "Mediu/m" when the widths came from an average character.
        assertThat(widths[4] - FONT.cellMargins()).isGreaterThan(FONT.widths().twips("Medium", false, FONT.halfPoints()));
    }

    @Test
    void theRoomLeftGoesToTheColumnsWithTheMostText() {
        int[] widths = ColumnWidths.of(RISKS, 1, 7, FONT, A4);

        int risk = widths[1];
        int treatment = widths[5];
        for (int c : new int[] {0, 2, 3, 4, 6}) {
            assertThat(risk).isGreaterThan(widths[c]);
            assertThat(treatment).isGreaterThan(widths[c]);
        }
    }

    @Test
    void shortTextsGetTheirWidthAndThePageIsShared() {
        List<List<String>> rows = List.of(List.of("Version", "Date"), List.of("1.0", "2026-03-01"));

        int[] widths = ColumnWidths.of(rows, 1, 2, FONT, A4);

        assertThat(Arrays.stream(widths).sum()).isEqualTo(A4);
        assertThat(widths[1]).as("the longer text, the wider column").isGreaterThan(widths[0]);
    }

    /** The German RACI matrix in the house font: not every word fits the page; the header words do. */
    @Test
    void whereNotEveryWordFitsTheHeaderWordsStillDo() {
        TableFont houseFont = new TableFont(new ParagraphMetrics(TextWidths.WIDE, 19, false, 222, 80), 170);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Prozess", "Abschnitt", "Gesamt- und durchführungsverantwortlich (A/R)", "Konsultiert (C)", "Informiert (I)"));
        for (String process : List.of("Servicekatalogmanagement", "Informationssicherheitsmanagement", "Kapazitätsmanagement",
                "Änderungsmanagement", "Service-Level-Management")) {
            rows.add(List.of(process, "8.2.4", "Leiter IT-Serviceerbringung (Markus Schneider)", "Leiter Konzern-IT", "Geschäftsführer"));
        }
        long allWords = 0;
        for (int c = 0; c < 5; c++) {
            int column = c;
            allWords += rows.stream().mapToInt(row -> houseFont.widths().widestWord(row.get(column), false, 19)).max().orElse(0)
                    + houseFont.cellMargins();
        }
        assertThat(allWords).as("the table is wider than the page").isGreaterThan(HOUSE);

        int[] widths = ColumnWidths.of(rows, 1, 5, houseFont, HOUSE);

        assertThat(Arrays.stream(widths).sum()).isEqualTo(HOUSE);
        for (int c = 0; c < 5; c++) {
            int header = houseFont.widths().widestWord(rows.get(0).get(c), true, 19);
            assertThat(widths[c] - houseFont.cellMargins()).as("header of column %d", c).isGreaterThan(header);
        }
        assertThat(ColumnWidths.of(rows, 1, 5, houseFont, HOUSE)).as("the same cells, the same widths").containsExactly(widths);
    }

    /**
     * The German implementation plan in the house font: nine header words are wider than the page together.
     * They compete with the body's words, and no column is squeezed to a character or two (dates set one digit
     * a line, as a first attempt did).
     */
    @Test
    void whereEvenTheHeaderWordsDoNotFitNoColumnIsSqueezedToNothing() {
        TableFont houseFont = new TableFont(new ParagraphMetrics(TextWidths.WIDE, 19, false, 222, 80), 170);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ID", "Phase", "Aktivität", "Abschnitte", "Verantwortlich", "Beginn", "Ende", "Abhängig von", "Status"));
        for (int i = 1; i <= 12; i++) {
            rows.add(List.of("P2-%02d".formatted(i), "Phase 2", "Kapazitätsmanagement und Steuerung anderer Parteien", "8.4.3, 8.3.4.1",
                    "Leiter Infrastruktur und Netzwerk", "15.05.2026", "29.05.2026", "P1-13", "Gekürzt (teilweise umgesetzt: 8.6.3)"));
        }
        long headers = 0;
        for (String header : rows.get(0)) {
            headers += houseFont.widths().widestWord(header, true, 19) + houseFont.cellMargins();
        }
        assertThat(headers).as("the header words are wider than the page").isGreaterThan(HOUSE);

        int[] widths = ColumnWidths.of(rows, 1, 9, houseFont, HOUSE);

        assertThat(Arrays.stream(widths).sum()).isEqualTo(HOUSE);
        int fiveCharacters = houseFont.widths().twips("abcdefghijklmnopqrstuvwxyz", false, 19) * 5 / 26;
        for (int c = 0; c < 9; c++) {
            int header = houseFont.widths().widestWord(rows.get(0).get(c), true, 19);
            assertThat(widths[c] - houseFont.cellMargins()).as("column %d", c).isGreaterThanOrEqualTo(Math.min(header, fiveCharacters));
        }
        assertThat(widths[2]).as("the activities get more room than the ids and phases").isGreaterThan(Math.max(widths[0], widths[1]));
    }

    @Test
    void aRowWithFewerCellsAndAnEmptyTableStillGetEveryColumn() {
        int[] widths = ColumnWidths.of(List.of(List.of("A", "B", "C"), List.of("only one")), 1, 3, FONT, A4);
        assertThat(widths).hasSize(3);
        assertThat(Arrays.stream(widths).sum()).isEqualTo(A4);
        assertThat(Arrays.stream(widths).boxed()).allSatisfy(width -> assertThat(width).isGreaterThan(FONT.cellMargins()));
    }
}
