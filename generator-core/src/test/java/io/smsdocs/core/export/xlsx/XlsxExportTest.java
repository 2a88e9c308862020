package io.smsdocs.core.export.xlsx;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.GenerationResult;
import io.smsdocs.core.api.SmsGenerator;
import io.smsdocs.core.testing.FileTrees;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Registers, matrices and the catalogue as workbooks, reopened with POI and checked cell by cell. */
class XlsxExportTest {

    private static final Path NORTHWIND = Path.of("../samples/northwind/src/sms/sms.yaml");

    @TempDir
    Path dir;

    @Test
    void tableDocumentsBecomeFormattedWorkbooks() throws IOException {
        GenerationResult result = new SmsGenerator().generate(GenerationRequest.of(NORTHWIND, null, dir, List.of("markdown", "xlsx")));

        assertThat(result.documents()).filteredOn(d -> d.id().equals("document-register")).singleElement()
                .satisfies(d -> assertThat(d.files()).containsExactly("markdown/document-register.md", "xlsx/document-register.xlsx"));
        assertThat(result.documents()).filteredOn(d -> d.id().equals("sms-plan")).singleElement()
                .satisfies(d -> assertThat(d.files()).containsExactly("markdown/sms-plan.md"));

        try (InputStream in = Files.newInputStream(dir.resolve("xlsx/document-register.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet documents = workbook.getSheet("Documents of the SMS");
            assertThat(documents).isNotNull();
            assertThat(documents.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Reference");
            assertThat(documents.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(documents.getPaneInformation().isFreezePane()).isTrue();
            assertThat(documents.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(documents.getRow(1).getCell(0).getStringCellValue()).isEqualTo("NORTHWIND-POL-01");
            assertThat(documents.getColumnWidth(1)).isGreaterThan(documents.getColumnWidth(3));
            int nextReview = columnOf(documents, "Next review");
            var date = documents.getRow(1).getCell(nextReview);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).hasToString("2027-01-15");
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("Document Register");
        }
        try (InputStream in = Files.newInputStream(dir.resolve("xlsx/traceability-matrix.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet matrix = workbook.getSheet("Matrix");
            assertThat(matrix.getLastRowNum()).isEqualTo(77);
            assertThat(matrix.getRow(1).getCell(0).getStringCellValue()).isEqualTo("4");
        }
    }

    @Test
    void sameInputGivesTheSameWorkbookBytes() throws IOException {
        new SmsGenerator().generate(GenerationRequest.of(NORTHWIND, null, dir.resolve("a"), List.of("xlsx")));
        new SmsGenerator().generate(GenerationRequest.of(NORTHWIND, null, dir.resolve("b"), List.of("xlsx")));
        var a = FileTrees.snapshot(dir.resolve("a/xlsx"));
        var b = FileTrees.snapshot(dir.resolve("b/xlsx"));
        assertThat(a).isNotEmpty().containsOnlyKeys(b.keySet());
        a.forEach((path, bytes) -> assertThat(b.get(path)).as(path).isEqualTo(bytes));
    }

    private static int columnOf(XSSFSheet sheet, String header) {
        for (var cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }
}
