package io.smsdocs.core.render;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supplier and contract register, the internal agreement of each internal supplier and the improvement register
 * of an in-house hospital IT department, in English and German and in both editions: each states what the SMS master
 * data gives or derives by its stated rule, and marks what it leaves open.
 */
class SupplierAndImprovementRegistersTest {

    private static final String YAML = """
            organization: {name: Harbour City Hospital IT, shortName: HCH}
            sms:
              edition: "%s"
              language: %s
              scope: The SMS covers the IT services that the IT department of Harbour City Hospital provides to the hospital.
              effectiveDate: 2026-09-01
              topManagement: cio
              documentControl: {owner: it-service-manager, approver: cio}
              risks:
                - {id: opp-portal, type: opportunity, description: A self-service portal cuts calls to the desk, likelihood: high,
                   impact: medium, treatment: Pilot with one division, owner: it-service-manager}
                - {id: risk-power, type: risk, description: A power failure stops the data centre, likelihood: medium, impact: high,
                   owner: infra-lead}
            roles:
              - {id: cio, title: Chief Information Officer, person: Amal Reyes}
              - {id: it-service-manager, title: IT Service Manager, person: Tom Becker}
              - {id: infra-lead, title: Infrastructure Lead}
            customers:
              - {id: clinical, name: Clinical Divisions, type: internal}
            suppliers:
              - {id: ehr-vendor, name: MedRecord Systems Ltd, type: external, provides: EPR software support}
              - {id: estates, name: Estates and Facilities, type: internal, provides: Power and cooling of the data centre,
                 contractRef: EF-IA-7, manager: infra-lead}
            services:
              - {id: epr, name: Electronic Patient Record, owner: infra-lead, customers: [clinical], suppliers: [ehr-vendor, estates],
                 hours: 24x7, availabilityTarget: 99.95}
              - {id: office, name: Office and E-mail, owner: infra-lead, customers: [clinical], suppliers: [estates],
                 hours: Mon-Fri 07:30-18:30, availabilityTarget: 99.5}
            implementation:
              gaps: [{clause: "%s", status: missing}, {clause: "%s", status: partial, note: No agreement with the estates team}]
            """;

    @TempDir
    Path dir;

    private Path generate(String edition, String language, List<String> formats) {
        String missing = edition.equals("2011") ? "4.5.4.2" : "9.2";
        String partial = edition.equals("2011") ? "7.2" : "8.3.4.2";
        Path descriptor = dir.resolve(edition + language + ".yaml");
        Path out = dir.resolve("out-" + edition + language);
        try {
            Files.writeString(descriptor, YAML.formatted(edition, language, missing, partial));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        new SmsGenerator().generate(GenerationRequest.of(descriptor, null, out, formats));
        return out;
    }

    private static String read(Path out, String id) throws IOException {
        return Files.readString(out.resolve("markdown/" + id + ".md"));
    }

    private static String line(String document, String start) {
        return document.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError("no line " + start));
    }

    @Test
    void englishSet2018() throws IOException {
        Path out = generate("2018", "en", List.of("markdown", "xlsx"));
        String register = read(out, "supplier-register");
        assertThat(register).contains("Harbour City Hospital IT serves its own organisation")
                .contains("## External suppliers").contains("## Internal suppliers");
        assertThat(line(register, "| MedRecord Systems Ltd |")).contains("| Electronic Patient Record (high) |")
                .containsPattern("\\| Not recorded \\(open decision D-\\d\\d\\) \\|")
                .contains("| Quarterly | Within three months of approval |");
        // Supplier management is partly in place, so the register is a draft and counts its first reviews from approval.
        assertThat(register).contains("| Status | Draft |").contains("Until this register is approved, each supplier's first review");
        assertThat(line(register, "| Estates and Facilities |"))
                .contains("| Electronic Patient Record (high); Office and E-mail (medium) |")
                .contains("| EF-IA-7: [Internal Agreement: Estates and Facilities](internal-agreement-estates.md) |")
                .contains("| Infrastructure Lead |");

        String agreement = read(out, "internal-agreement-estates");
        assertThat(agreement).startsWith("# Internal Agreement: Estates and Facilities\n").contains("| Document ID | HCH-IA-01 |")
                .contains("recorded under the reference EF-IA-7")
                .contains("| Cover | Around the clock, every day of the year |")
                .contains("| At least 99.95% over the service hours of each service | The highest availability target of the services it supports (Electronic Patient Record)")
                .contains("| Its part restored within 4 hours of the service continuity plan being invoked |")
                .contains("| 2 | Infrastructure Lead | ").contains("| Estates and Facilities | | Authorised representative | | |");
        // An internal supplier is another department: no charges, credits or penalties.
        assertThat(agreement.toLowerCase()).doesNotContain("charge").doesNotContain("credit").doesNotContain("penalt");
        assertThat(line(read(out, "sla-epr"), "| Estates and Facilities |"))
                .contains("[Internal Agreement: Estates and Facilities](internal-agreement-estates.md)");

        String improvements = read(out, "improvement-register");
        assertThat(line(improvements, "| IMP-01 |")).contains("| Risk and opportunity register, OPP-01 |")
                .contains("| Medium | To be estimated | High | Awaiting evaluation | IT Service Manager |");
        assertThat(line(improvements, "| IMP-02 |")).contains("Complete: 8.3.4.2").contains("(No agreement with the estates team)")
                .contains("| Medium | Planned in the implementation plan |");
        assertThat(line(improvements, "| IMP-03 |")).contains("Put in place: 9.2 Internal audit").contains("| High |");
        assertThat(improvements).doesNotContain("A power failure stops the data centre").doesNotContain("Preventive action");

        try (InputStream in = Files.newInputStream(out.resolve("xlsx/supplier-register.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("External suppliers").getRow(1).getCell(0).getStringCellValue()).isEqualTo("MedRecord Systems Ltd");
            assertThat(workbook.getSheet("Internal suppliers").getRow(1).getCell(0).getStringCellValue()).isEqualTo("Estates and Facilities");
        }
        try (InputStream in = Files.newInputStream(out.resolve("xlsx/improvement-register.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("Register").getLastRowNum()).isEqualTo(3);
        }
        assertThat(out.resolve("xlsx/internal-agreement-estates.xlsx")).doesNotExist();
    }

    @Test
    void englishSet2011SpeaksOfInternalGroupsAndPreventiveActions() throws IOException {
        Path out = generate("2011", "en", List.of("markdown"));
        String register = read(out, "supplier-register");
        assertThat(register).contains("## Suppliers").contains("## Internal groups").contains("| Internal group | Provides |")
                .contains("*ISO/IEC 20000-1:2011: 6.1 Service level management*");
        assertThat(read(out, "internal-agreement-estates")).contains("as an internal group of Harbour City Hospital IT")
                .contains("| Estates and Facilities | Internal group | Authorised representative |");
        String improvements = read(out, "improvement-register");
        assertThat(improvements).contains("It also records preventive actions");
        assertThat(line(improvements, "| IMP-01 |")).contains("| IMP-01 | Improvement |");
        assertThat(line(improvements, "| IMP-02 |")).contains("| IMP-02 | Preventive action | Gap assessment, clause 4.5.4.2 |");
    }

    @Test
    void germanSetsInBothEditions() throws IOException {
        Path out = generate("2018", "de", List.of("markdown"));
        String register = read(out, "supplier-register");
        assertThat(register).startsWith("# Lieferanten- und Vertragsregister\n").contains("## Externe Lieferanten")
                .contains("erbringt die Services für die eigene Organisation")
                .contains("Alle internen Lieferanten arbeiten");
        assertThat(line(register, "| MedRecord Systems Ltd |")).containsPattern("\\| Nicht erfasst \\(offene Entscheidung D-\\d\\d\\) \\|")
                .contains("| Electronic Patient Record (hoch) |").contains("| Vierteljährlich | Innerhalb von drei Monaten nach Freigabe |");
        String agreement = read(out, "internal-agreement-estates");
        assertThat(agreement).startsWith("# Interne Vereinbarung: Estates and Facilities\n")
                .contains("| Mindestens 99,95\u00a0% über die Servicezeiten jedes Service |")
                .contains("trägt als interner Lieferant von Harbour City Hospital IT zu diesen Services");
        assertThat(line(read(out, "improvement-register"), "| IMP-03 |")).contains("Einführen: 9.2").contains("| Hoch |");

        Path out2011 = generate("2011", "de", List.of("markdown"));
        assertThat(read(out2011, "supplier-register")).contains("## Interne Gruppen").contains("Alle internen Gruppen arbeiten");
        assertThat(line(read(out2011, "improvement-register"), "| IMP-02 |")).contains("| Vorbeugungsmaßnahme | Gap-Analyse, Abschnitt 4.5.4.2 |");
    }
}
