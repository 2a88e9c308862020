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
            // The policy is a draft until the plan approves it; the change management policy is approved (its clauses are in place).
            assertThat(documents.getRow(1).getCell(nextReview).getStringCellValue()).isEqualTo("12 months after approval");
            int approved = 1;
            while (!documents.getRow(approved).getCell(0).getStringCellValue().equals("NORTHWIND-POL-02")) {
                approved++;
            }
            var date = documents.getRow(approved).getCell(nextReview);
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
    void effortDaysLevelsAndPercentagesAreNumbersWhileClausesAndVersionsStayText() throws IOException {
        new SmsGenerator().generate(GenerationRequest.of(NORTHWIND, null, dir, List.of("xlsx")));
        try (XSSFWorkbook plan = open("implementation-plan")) {
            XSSFSheet phase = plan.getSheet("Phase 1 - foundation");
            var effort = phase.getRow(1).getCell(columnOf(phase, "Effort (days)"));
            assertThat(effort.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(effort.getNumericCellValue()).isEqualTo(3);
            assertThat(phase.getRow(1).getCell(columnOf(phase, "Clauses")).getCellType()).isEqualTo(CellType.STRING);
        }
        try (XSSFWorkbook catalogue = open("service-catalogue")) {
            XSSFSheet overview = catalogue.getSheet("Service overview");
            var target = overview.getRow(1).getCell(columnOf(overview, "Availability target"));
            assertThat(target.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(target.getNumericCellValue()).isCloseTo(0.995, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(target.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT).formatCellValue(target)).isEqualTo("99.5%");
        }
        try (XSSFWorkbook capability = open("capability-assessment")) {
            XSSFSheet method = capability.getSheet("Method");
            assertThat(method.getRow(1).getCell(columnOf(method, "Level")).getNumericCellValue()).isEqualTo(0);
            XSSFSheet profile = capability.getSheet("Capability profile");
            assertThat(profile.getRow(1).getCell(columnOf(profile, "Levels to gain")).getCellType()).isEqualTo(CellType.NUMERIC);
            // "2" next to "not rated": a column of mixed values stays text.
            assertThat(profile.getRow(1).getCell(columnOf(profile, "Level supported by the ratings")).getCellType())
                    .isEqualTo(CellType.STRING);
        }
        try (XSSFWorkbook register = open("document-register")) {
            XSSFSheet documents = register.getSheet("Documents of the SMS");
            assertThat(documents.getRow(1).getCell(columnOf(documents, "Version")).getStringCellValue()).isEqualTo("2.0");
        }
    }

    @Test
    void sheetsAreNamedAfterTheirHeadingsReadablyAndUniquely() throws IOException {
        new SmsGenerator().generate(GenerationRequest.of(NORTHWIND, null, dir, List.of("xlsx")));
        try (XSSFWorkbook risks = open("risk-register")) {
            assertThat(sheetNames(risks)).containsExactly("Rating - Likelihood", "Rating - Low impact", "Rating - Required response",
                    "Register - Risk", "Register - Opportunity");
        }
        try (XSSFWorkbook matrix = open("traceability-matrix")) {
            assertThat(sheetNames(matrix)).containsExactly("How the SMS meets the standard", "Matrix", "Forms");
        }
        try (XSSFWorkbook kpis = open("form-kpi-sheet")) {
            // A form that asks for a workbook: the KPI sheet, one table of measures per sheet.
            assertThat(sheetNames(kpis)).contains("2. Service management", "3. Service performance", "4. Process measures");
        }
        try (XSSFWorkbook crossReference = open("framework-cross-reference")) {
            assertThat(sheetNames(crossReference)).contains("Management system", "Knowledge - clause 7.6", "Service design, build");
        }
        try (var files = Files.list(dir.resolve("xlsx"))) {
            for (Path file : files.toList()) {
                try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                    assertThat(sheetNames(workbook)).as(file.getFileName().toString())
                            .allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(31).doesNotMatch(".* \\d+$")
                                    .doesNotMatch(".*\\b(the|and|of|to)$"));
                }
            }
        }
    }

    @Test
    void aCellLongerThanASpreadsheetHoldsIsCutWithANoteInsteadOfFailingTheExport() throws IOException {
        // 300 services: the continuity plan's recovery order lists every one of them in one cell, far over 32,767 characters.
        StringBuilder yaml = new StringBuilder("organization: {name: Many Services Ltd}\nsms:\n  scope: The SMS covers every service.\n"
                + "  effectiveDate: 2026-01-15\nroles:\n  - {id: owner, title: Service Owner}\ncustomers:\n  - {id: acme, name: Acme plc}\n"
                + "services:\n");
        for (int i = 0; i < 300; i++) {
            yaml.append("  - {id: service-").append(i).append(", name: A Service With A Long Descriptive Name Number ").append(i)
                    .append(", owner: owner, customers: [acme], hours: 24x7, availabilityTarget: 99.9}\n");
        }
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/sms.yaml"), yaml);
        GenerationResult result = new SmsGenerator().generate(GenerationRequest.of(dir.resolve("in/sms.yaml"), null, dir.resolve("out"),
                List.of("xlsx")));
        int cut = 0;
        for (GenerationResult.GeneratedDocument document : result.documents()) {
            for (String file : document.files()) {
                try (InputStream in = Files.newInputStream(dir.resolve("out").resolve(file)); XSSFWorkbook book = new XSSFWorkbook(in)) {
                    for (var sheet : book) {
                        for (var row : sheet) {
                            for (var cell : row) {
                                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().endsWith("the DOCX has the whole text)")) {
                                    assertThat(cell.getStringCellValue().length()).isBetween(32_700, 32_767);
                                    assertThat(cell.getStringCellValue().substring(32_500)).containsPattern("\u2026 \\(\\d+ more characters: a"
                                            + " spreadsheet cell holds at most 32,767; the DOCX has the whole text\\)$");
                                    cut++;
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(cut).as("cells cut").isPositive();
    }

    private XSSFWorkbook open(String document) throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve("xlsx/" + document + ".xlsx"))) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new java.util.ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
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
