package io.smsdocs.core.render;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The business impact analysis, the availability plan, the request catalogue and the measure definitions as
 * the samples render them: Northwind (English, 2018, external provider), Rheintal (German, 2018) and St Mary's
 * (English, 2011, in-house), each document with the values of its own service data, and the registers and
 * catalogue with their workbooks.
 */
class NewDocumentsRenderTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void generate() throws IOException {
        generate("northwind", "../samples/northwind/src/sms/sms.yaml");
        generate("rheintal", "../samples/consultant-pack/client/src/sms/sms.yaml");
        generate("stmarys", "../samples/stmarys-it/src/sms/sms.yaml");
        generate("minimal", "src/test/resources/descriptors/minimal.yaml");
    }

    private static void generate(String name, String descriptor) throws IOException {
        new SmsGenerator().generate(GenerationRequest.of(Path.of(descriptor), null, dir.resolve(name), List.of("markdown", "xlsx")));
    }

    private static String read(String set, String document) throws IOException {
        return Files.readString(dir.resolve(set).resolve("markdown").resolve(document + ".md"));
    }

    @Test
    void theBusinessImpactAnalysisRatesEachServiceByItsCriticalityHoursAndCustomers() throws IOException {
        String northwind = read("northwind", "business-impact-analysis");
        assertThat(northwind).startsWith("# Business Impact Analysis\n")
                .contains("| Cloud Hosting | High | 24x7 | Moderate | Major | Severe | Severe | 8 hours |")
                .contains("| Cloud Hosting | 1 hour | Moderate | Within the downtime the target allows in a month (1 h 28 min) | Moderate |")
                .contains("| Cloud Hosting | 4 hours | Major | Availability target of the month missed (allowance 1 h 28 min)")
                .contains("Customers cannot carry out essential business; lasting damage to their business and to their trust in Northwind Managed Services Ltd.")
                .contains("| Cloud Hosting | 8 hours | 4 hours | 1 hour | Criticality rule | Yes |")
                .contains("Fabrikam Cloud (Infrastructure-as-a-service hosting in two UK data centres)");
        // The in-house hospital speaks of the departments it serves.
        assertThat(read("stmarys", "business-impact-analysis")).contains("The departments cannot do essential work")
                .contains("*ISO/IEC 20000-1:2011: 6.3.1 Service continuity and availability requirements*")
                .contains("| Electronic Patient Record | 8 hours | 2 hours | 15 minutes | Set for this service | Yes |");
        assertThat(read("rheintal", "business-impact-analysis")).startsWith("# Business-Impact-Analyse\n")
                .contains("| Hoch | Mäßig | Erheblich | Schwerwiegend | Schwerwiegend | 8 Stunden | 4 Stunden |");
        // The continuity plan points to the analysis behind its objectives.
        assertThat(read("northwind", "service-continuity-plan")).contains("are analysed in [Business Impact Analysis](business-impact-analysis.md).");
        assertThat(read("rheintal", "service-continuity-plan")).contains("analysiert die [Business-Impact-Analyse](business-impact-analysis.md).");
    }

    @Test
    void theAvailabilityPlanStatesTargetsDowntimeMeasuresAndRisksOfEachService() throws IOException {
        String northwind = read("northwind", "availability-plan");
        assertThat(northwind).startsWith("# Availability Plan\n")
                .contains("| Cloud Hosting | 24x7 | 99.8% | 1 h 28 min | 17 h 32 min | High | 99% |")
                .contains("| Cloud Hosting | Replicas of customer virtual servers and databases in Fabrikam Cloud's second UK data centre |")
                .contains("Every service is monitored with Zabbix")
                .contains("| Cloud Hosting | R-01 | An outage of Fabrikam Cloud's primary data centre stops cloud hosting for every customer at once |")
                .contains("No risk in the register concerns the availability of every service.");
        // Where the starter risks stand in, the plan says so and lists the one about a failing supplier for every service.
        assertThat(read("minimal", "availability-plan")).containsPattern("the register holds\\s+starter risks \\(open decision D-\\d\\d\\)")
                .contains("| R-01 | Failure of a key external supplier interrupts one or more services |");
        String stmarys = read("stmarys", "availability-plan");
        assertThat(stmarys).contains("| Electronic Patient Record | R-02 |").contains("| R-03 |")
                .contains("*ISO/IEC 20000-1:2011: 6.3.2 Service continuity and availability plans*");
        // In 2011 the continuity plan is the continuity plan only and points to the availability plan.
        assertThat(read("stmarys", "service-continuity-plan")).startsWith("# Service Continuity Plan\n")
                .contains("maintains [Availability Plan](availability-plan.md) as a controlled document")
                .doesNotContain("This document is also the availability plan");
        assertThat(read("rheintal", "availability-plan")).startsWith("# Verfügbarkeitsplan\n")
                .contains("| Lagerverwaltungssystem | rund um die Uhr | 99,8\u00a0% | 1 h 28 min | 17 h 32 min | Hoch | 99\u00a0% |");
    }

    @Test
    void theRequestCatalogueListsTheRequestsOfEachServiceWithTheTargetsTheAgreementsPrint() throws IOException {
        String northwind = read("northwind", "request-catalogue");
        assertThat(northwind).startsWith("# Request Catalogue\n")
                .contains("| Standard requests | The users a customer has authorised to raise them | Pre-approved: no approval beyond the requester's authorisation | 3 working days |")
                .contains("| Managed Desktop | Local administrator rights for a user | Access request |")
                .contains("No standard requests are defined yet for Managed Network and Service Desk.");
        assertThat(read("northwind", "sla-managed-desktop"))
                .contains("| Standard requests from the [Request Catalogue](request-catalogue.md) | 3 working days |")
                .contains("| Access rights (new, changed, removed) | 1 working day |");
        assertThat(read("northwind", "resolution-and-fulfilment")).contains("listed in [Request Catalogue](request-catalogue.md)");
        assertThat(read("rheintal", "request-catalogue")).startsWith("# Request-Katalog\n")
                .contains("sind noch keine Standard-Requests festgelegt")
                .contains("| Zugriffsrechte (neu, geändert, entzogen) | Die vorgesetzte Person des Benutzers oder der Benutzer mit deren Zustimmung |");
        assertThat(read("rheintal", "sla-lagerverwaltung")).contains("| Standard-Requests aus dem [Request-Katalog](request-catalogue.md) | 3 Arbeitstage |");
    }

    @Test
    void theMeasureDefinitionsDefineWhatTheProceduresNameAndAreLinkedFromTheMonitoringProcedure() throws IOException {
        String northwind = read("northwind", "measure-definitions");
        assertThat(northwind).startsWith("# Measure Definitions\n")
                .contains("| Availability of Cloud Hosting | (Agreed service time in the month − unplanned downtime within it) ÷ agreed service time in the month × 100 | Zabbix | Monthly | Infrastructure Lead | 99.8% |")
                .contains("| OBJ-02 | Resolve incidents within the agreed resolution targets | Share of incidents resolved within target (main measure of the process Incident management) |")
                .contains("| Incidents resolved at first contact by the service desk | Incidents the service desk resolved during the first contact");
        assertThat(read("northwind", "monitoring-and-reporting")).contains("Every measure is defined in [Measure Definitions](measure-definitions.md)");
        assertThat(read("rheintal", "measure-definitions")).startsWith("# Kennzahlendefinitionen\n")
                .contains("| Verfügbarkeit des Service Lagerverwaltungssystem |");
    }

    @Test
    void theRegistersAndTheCataloguesComeAsWorkbooks() {
        for (String id : List.of("business-impact-analysis", "measure-definitions", "request-catalogue")) {
            assertThat(dir.resolve("northwind/xlsx/" + id + ".xlsx")).as(id).isRegularFile();
        }
        // The availability plan is a plan, kept as a document only.
        assertThat(dir.resolve("northwind/xlsx/availability-plan.xlsx")).doesNotExist();
    }
}
