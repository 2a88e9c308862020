package io.smsdocs.core.export.docx;

import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A form in Word: columns to write in get room, blank rows a line's height, and tables in a row stay two tables. */
class DocxFormTablesTest {

    private static final String MARKDOWN = """
            # Request Form

            ## Request

            | Request | |
            |---|---|
            | Title of the change, as the requester would put it in one line | |
            | Reason for the change and the benefit expected from it | |
            | Risk | ☐ Low   ☐ High |
            | Requested by | |
            | Change type | Normal |

            | No. | Action | Owner | Due |
            |---|---|---|---|
            | 1 | | | |
            | 2 | | | |

            | Service | Criticality |
            |---|---|
            | Cloud Hosting | High |
            """;

    @TempDir
    static Path assets;

    static XWPFDocument document;
    static List<XWPFTable> tables;

    @BeforeAll
    static void generate() throws IOException {
        document = new XWPFDocument(new ByteArrayInputStream(DocxFixture.docx(MARKDOWN, DocxFixture.DESCRIPTOR, assets)));
        List<XWPFTable> all = document.getTables();
        tables = all.subList(all.size() - 3, all.size());
    }

    @Test
    void theColumnToWriteInIsNotSqueezedByTheLabelsBesideIt() {
        XWPFTable request = tables.get(0);
        int label = width(request, 0);
        int entry = width(request, 1);
        assertThat(entry).as("entry column, label column " + label).isGreaterThanOrEqualTo(label * 3 / 5);
        assertThat(ColumnWidths.writeIn(List.of(), 0, 2)).containsExactly(false, false);
    }

    @Test
    void blankRowsGetTheHeightOfAHandwrittenLine_filledRowsDoNot() {
        XWPFTable request = tables.get(0);
        assertThat(height(request, 1)).isEqualTo(425);
        assertThat(height(request, 3)).as("a row offering tick boxes is filled").isZero();
        assertThat(height(request, 5)).as("a filled entry").isZero();
        XWPFTable actions = tables.get(1);
        assertThat(height(actions, 1)).as("numbered blank row").isEqualTo(425);
        assertThat(height(tables.get(2), 1)).as("a table with nothing to write in").isZero();
        assertThat(height(request, 0)).as("header row").isZero();
    }

    @Test
    void tablesInARowAreKeptApartByAParagraph() {
        List<IBodyElement> body = document.getBodyElements();
        int first = body.indexOf(tables.get(0));
        assertThat(body.get(first + 1).getElementType()).isEqualTo(BodyElementType.PARAGRAPH);
        assertThat(body.get(first + 2)).isSameAs(tables.get(1));
        assertThat(body.get(first + 3).getElementType()).isEqualTo(BodyElementType.PARAGRAPH);
        assertThat(body.get(first + 4)).isSameAs(tables.get(2));
    }

    private static int width(XWPFTable table, int column) {
        return Integer.parseInt(String.valueOf(table.getCTTbl().getTblGrid().getGridColArray(column).getW()));
    }

    /** The least height set on a row, in twips; 0 when the row has none. */
    private static int height(XWPFTable table, int row) {
        var properties = table.getRow(row).getCtRow().getTrPr();
        if (properties == null || properties.sizeOfTrHeightArray() == 0) {
            return 0;
        }
        return Integer.parseInt(String.valueOf(properties.getTrHeightArray(0).getVal()));
    }
}
