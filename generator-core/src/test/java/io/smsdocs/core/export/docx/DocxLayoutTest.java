package io.smsdocs.core.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page layout a reader sees: the contents on one page, headings and lead-ins with the text they introduce,
 * and table columns wide enough for their words.
 */
class DocxLayoutTest {

    private static final String FRONT_MATTER = """
            # Service Management Plan

            | Document control | |
            |---|---|
            | Document ID | EXAMPLE-PLN-01 |
            | Version | 1.0 |
            | Status | Draft |
            | Owner | Service Management Manager (Priya Shah) |
            | Approver | Managing Director (Daniel Okafor) |
            | Classification | Internal |
            | Effective date | On approval |
            | Next review | 12 months after approval |
            | Standard | ISO/IEC 20000-1:2018, clauses 4, 4.1, 4.2, 6, 6.1, 6.2, 6.2.1, 6.2.2, 6.3, 8, 8.1 |

            ## Revision history

            | Version | Date | Author | Description |
            |---|---|---|---|
            | 1.0 | On approval | Priya Shah | First issue |

            <!-- smsdocs:end-of-front-matter -->

            """;

    @TempDir
    Path assets;

    private XWPFDocument docx(String markdown) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(DocxFixture.docx(markdown, DocxFixture.DESCRIPTOR, assets)));
    }

    private static String sections(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "## Section " + i + "\n\nText of section " + i + ".\n")
                .collect(Collectors.joining("\n"));
    }

    private static XWPFParagraph contentsTitle(XWPFDocument document) {
        return document.getParagraphs().stream().filter(p -> "TOCHeading".equals(p.getStyle())).findFirst().orElseThrow();
    }

    /** 4 entries fit under the document control, as the RACI matrix's do: the contents stay on page 1. */
    @Test
    void shortContentsStayUnderTheDocumentControl() throws IOException {
        try (XWPFDocument document = docx(FRONT_MATTER + sections(4))) {
            assertThat(contentsTitle(document).getCTP().getPPr().isSetPageBreakBefore()).isFalse();
            assertThat(document.getParagraphs()).filteredOn(p -> "TOC1".equals(p.getStyle())).hasSize(4);
        }
    }

    /**
     * 28 entries under this front matter are more than page 1 holds (the SMS plan's contents spilt their last
     * four lines onto an otherwise empty page 2): the contents start a page of their own.
     */
    @Test
    void longContentsStartAPageOfTheirOwnInsteadOfSpilling() throws IOException {
        try (XWPFDocument document = docx(FRONT_MATTER + sections(28))) {
            assertThat(contentsTitle(document).getCTP().getPPr().isSetPageBreakBefore()).isTrue();
            assertThat(document.getParagraphs()).filteredOn(p -> "TOC1".equals(p.getStyle())).hasSize(28)
                    .allMatch(p -> p.getCTP().getPPr().isSetKeepNext());
            assertThat(document.getStyles().getStyle("TOC1").getCTStyle().getPPr().isSetKeepNext()).isTrue();
        }
    }

    @Test
    void headingsAndLeadInsKeepWithTheTextTheyIntroduce() throws IOException {
        String longText = "A paragraph long enough to fill several lines of the page, ".repeat(8);
        String markdown = FRONT_MATTER + """
                ## Risks

                *ISO/IEC 20000-1:2018: 6.1 Actions to address risks and opportunities*

                The register lists each risk as follows:

                | Risk | Owner |
                |---|---|
                | Outage | Infrastructure Lead |

                ## Review

                %s

                A closing paragraph.
                """.formatted(longText);
        try (XWPFDocument document = docx(markdown)) {
            var styles = document.getStyles();
            assertThat(styles.getStyle("Heading1").getCTStyle().getPPr().isSetKeepNext()).isTrue();
            assertThat(styles.getStyle("Heading1").getCTStyle().getPPr().isSetKeepLines()).isTrue();
            assertThat(styles.getStyle("Normal").getCTStyle().getPPr().isSetWidowControl()).isTrue();
            assertThat(keepsWithNext(document, "ISO/IEC 20000-1:2018: 6.1")).as("the clause line under a heading").isTrue();
            assertThat(keepsWithNext(document, "The register lists")).as("the lead-in of a table").isTrue();
            assertThat(keepsWithNext(document, "A paragraph long enough")).as("a long paragraph under a heading").isFalse();
            assertThat(keepsWithNext(document, "A closing paragraph")).isFalse();
        }
    }

    private static boolean keepsWithNext(XWPFDocument document, String start) {
        XWPFParagraph paragraph = document.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst().orElseThrow();
        return paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetKeepNext();
    }

    /** The grid and the cell widths say the same, fill the text width, and hold the header words whole. */
    @Test
    void theColumnGridIsWrittenFromTheContent() throws IOException {
        String markdown = FRONT_MATTER + """
                ## Limitations

                | Priority | Clause | Area | Note |
                |---|---|---|---|
                | 1 | 8.2.5 | Asset management | Fixed assets are recorded in the finance system; licences are tracked by the service desk |
                | 2 | 9.2 | Internal audit | Vandermolen audits the SMS once a year |
                """;
        try (XWPFDocument document = docx(markdown)) {
            XWPFTable table = document.getTables().get(document.getTables().size() - 1);
            List<Integer> grid = table.getCTTbl().getTblGrid().getGridColList().stream()
                    .map(column -> ((BigInteger) column.getW()).intValue()).toList();
            assertThat(grid).hasSize(4);
            assertThat(grid.stream().mapToInt(Integer::intValue).sum()).isEqualTo(BodyXmlWriter.TEXT_WIDTH_TWIPS);
            for (int row = 0; row < table.getNumberOfRows(); row++) {
                List<XWPFTableCell> cells = table.getRow(row).getTableCells();
                for (int c = 0; c < cells.size(); c++) {
                    assertThat(((BigInteger) cells.get(c).getCTTc().getTcPr().getTcW().getW()).intValue()).isEqualTo(grid.get(c));
                }
            }
            TableFont font = TableFont.BUILT_IN;
            for (String word : List.of("Priority", "Clause", "Area", "Note")) {
                int column = List.of("Priority", "Clause", "Area", "Note").indexOf(word);
                assertThat(grid.get(column) - font.cellMargins()).as(word).isGreaterThan(font.widths().twips(word, true, font.halfPoints()));
            }
            assertThat(grid.get(3)).as("the column with the most text is the widest").isEqualTo(grid.stream().max(Integer::compare).orElseThrow());
        }
    }
}
