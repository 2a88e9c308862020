package io.smsdocs.core.programme;

import io.smsdocs.core.standard.Activity;
import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.GenerationResult;
import io.smsdocs.core.api.SmsGenerator;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan documents of the northwind sample, generated for real: the plan follows the gap assessment,
 * the charts are files beside the Markdown and pictures inside the DOCX, and the activity list is a
 * workbook with real dates.
 */
class ImplementationDocumentsTest {

    private static final Path NORTHWIND = Path.of("../samples/northwind/src/sms/sms.yaml");
    private static final Pattern END = Pattern.compile("It runs from (\\d{4}-\\d\\d-\\d\\d) to (\\d{4}-\\d\\d-\\d\\d)\\.");

    @TempDir
    Path dir;

    @Test
    void changingAGapStatusChangesThePlan() throws IOException {
        String before = plan(Files.readString(NORTHWIND));
        // Problem management was partly in place; now it is implemented, and configuration management missing.
        String changed = Files.readString(NORTHWIND)
                .replace("{clause: \"8.6.3\", status: partial, note: Problems raised after major incidents only}", "{clause: \"8.6.3\", status: implemented}")
                .replace("{clause: \"8.2.6\", status: partial, note: CMDB covers servers but not network devices}", "{clause: \"8.2.6\", status: missing}");
        assertThat(changed).isNotEqualTo(Files.readString(NORTHWIND));
        String after = plan(changed);

        assertThat(activityRow(before, "P2-01")).contains("Problem management (shortened)");
        assertThat(section(after, "## Activities not needed")).contains("| P2-01 | Problem management | Already implemented: 8.6.3 |");
        assertThat(activityRow(before, "P1-08")).contains("(shortened)").contains("| 5 |");
        assertThat(activityRow(after, "P1-08")).doesNotContain("(shortened)").contains("| 10 |");
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void activitiesStartAfterTheirDependenciesOnWorkingDaysOnly() throws IOException {
        String plan = plan(Files.readString(NORTHWIND));
        Matcher span = END.matcher(plan);
        assertThat(span.find()).isTrue();
        assertThat(span.group(1)).isEqualTo("2026-02-02");
        String list = section(plan, "## Activity list");
        Matcher row = Pattern.compile("^\\| ([A-Z0-9-]+) \\| [^|]+ \\| [^|]+ \\| [^|]+ \\| [^|]+ \\| (\\S+) \\| (\\S+) \\| ([^|]+) \\|", Pattern.MULTILINE)
                .matcher(list);
        java.util.Map<String, LocalDate[]> dates = new java.util.LinkedHashMap<>();
        java.util.Map<String, List<String>> deps = new java.util.LinkedHashMap<>();
        while (row.find()) {
            if (row.group(1).equals("ID")) {
                continue;
            }
            dates.put(row.group(1), new LocalDate[] {LocalDate.parse(row.group(2)), LocalDate.parse(row.group(3))});
            deps.put(row.group(1), row.group(4).strip().equals("–") ? List.of() : List.of(row.group(4).strip().split(", ")));
        }
        assertThat(dates).hasSizeGreaterThan(30);
        List<LocalDate> holidays = List.of(LocalDate.parse("2026-04-03"), LocalDate.parse("2026-04-06"), LocalDate.parse("2026-05-04"));
        dates.forEach((id, span2) -> {
            for (LocalDate d : span2) {
                assertThat(d.getDayOfWeek().getValue()).as(id + " on a weekday").isLessThan(6);
                assertThat(holidays).as(id + " not on a bank holiday").doesNotContain(d);
            }
            for (String dep : deps.get(id)) {
                assertThat(span2[0]).as(id + " starts after " + dep).isAfter(dates.get(dep)[1]);
            }
        });
        // The fixed orderings of the plan.
        assertThat(deps.get("P1-09") == null || dates.get("P1-08")[1].isBefore(dates.get("P2-02")[0])).isTrue();
        assertThat(dates.get("P1-13")[1]).isBefore(dates.get("P2-13")[0]);
        assertThat(dates.get("P3-02")[1]).isBefore(dates.get("P3-03")[0]);
    }

    @Test
    void chartsAreFilesBesideTheMarkdownAndPicturesInTheDocx() throws IOException {
        GenerationResult result = new SmsGenerator().generate(GenerationRequest.of(NORTHWIND, null, dir, List.of("markdown", "docx", "xlsx")));
        assertThat(result.documents()).filteredOn(d -> d.id().equals("implementation-plan")).singleElement()
                .satisfies(d -> assertThat(d.files()).containsExactly("markdown/implementation-plan.md",
                        "markdown/images/implementation-plan-gantt.png", "markdown/images/implementation-plan-gantt.svg",
                        "docx/implementation-plan.docx", "xlsx/implementation-plan.xlsx"));
        byte[] png = Files.readAllBytes(dir.resolve("markdown/images/implementation-plan-gantt.png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(dir.resolve("markdown/images/capability-profile.svg"))).startsWith("<?xml").contains("<svg").contains("Incident management");

        for (String id : List.of("implementation-plan", "capability-assessment")) {
            try (ZipFile docx = new ZipFile(dir.resolve("docx/" + id + ".docx").toFile())) {
                String body = new String(docx.getInputStream(docx.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
                assertThat(body).as(id).contains("<w:drawing>");
                assertThat(docx.stream().filter(e -> e.getName().startsWith("word/media/") && e.getName().endsWith(".png")))
                        .as(id + " embeds its chart").isNotEmpty();
            }
        }
        try (ZipFile docx = new ZipFile(dir.resolve("docx/implementation-plan.docx").toFile())) {
            byte[] embedded = docx.stream().filter(e -> e.getName().startsWith("word/media/")).map(e -> {
                try {
                    return docx.getInputStream(e).readAllBytes();
                } catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            }).filter(b -> b.length == png.length).findFirst().orElseThrow();
            assertThat(embedded).as("the DOCX embeds the same Gantt chart").isEqualTo(png);
        }

        try (InputStream in = Files.newInputStream(dir.resolve("xlsx/implementation-plan.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet list = workbook.getSheet("Activity list");
            assertThat(list).isNotNull();
            assertThat(list.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ID");
            assertThat(list.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Phase");
            assertThat(list.getPaneInformation().isFreezePane()).isTrue();
            assertThat(list.getCTWorksheet().isSetAutoFilter()).isTrue();
            var start = list.getRow(1).getCell(5);
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getLocalDateTimeCellValue().toLocalDate()).hasToString("2026-02-02");
            assertThat(list.getRow(1).getCell(0).getStringCellValue()).isEqualTo("INIT-01");
        }
    }

    @Test
    void theSameInputDrawsTheSameChartBytes() throws IOException {
        new SmsGenerator().generate(GenerationRequest.of(NORTHWIND, null, dir.resolve("a"), List.of("markdown")));
        new SmsGenerator().generate(GenerationRequest.of(NORTHWIND, null, dir.resolve("b"), List.of("markdown")));
        for (String chart : List.of("implementation-plan-gantt.png", "capability-profile.png", "implementation-plan-gantt.svg")) {
            assertThat(dir.resolve("b/markdown/images/" + chart)).as(chart).hasSameBinaryContentAs(dir.resolve("a/markdown/images/" + chart));
        }
    }

    private String plan(String descriptor) throws IOException {
        Path folder = Files.createTempDirectory(dir, "repo");
        Path file = folder.resolve("sms.yaml");
        Files.writeString(file, descriptor);
        new SmsGenerator().generate(GenerationRequest.of(file, null, folder.resolve("out"), List.of("markdown")));
        return Files.readString(folder.resolve("out/markdown/implementation-plan.md"));
    }

    private static String activityRow(String plan, String id) {
        return plan.lines().filter(l -> l.startsWith("| " + id + " | ")).findFirst().orElseThrow(() -> new AssertionError("no row " + id));
    }

    private static String section(String plan, String heading) {
        int start = plan.indexOf(heading);
        assertThat(start).as(heading).isNotNegative();
        int end = plan.indexOf("\n## ", start + heading.length());
        return plan.substring(start, end < 0 ? plan.length() : end);
    }
}
