package io.smsdocs.core.model;

import io.smsdocs.core.standard.ProcessCatalogue;
import io.smsdocs.core.standard.ProcessDefinition;
import io.smsdocs.core.template.TemplateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.smsdocs.core.model.ServiceModelFixture.modelOf;
import static io.smsdocs.core.model.ServiceModelFixture.pluck;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measure definitions: every measure the documents name is defined once (name, formula, target in each
 * language), owned by its process's owner and measured from its process's tool; a process's main measure that an
 * objective sets shows the objective's measure and target wherever it is listed; the SLA commitments and the
 * availability of each service are service level measures.
 */
class MeasureDefinitionsTest {

    private static final String YAML = """
            organization: {name: Edge Works}
            sms:
              edition: "%s"
              language: %s
              scope: The SMS covers the IT services that Edge Works provides.
              objectives:
                - {id: obj-1, objective: Fix incidents fast, measure: Share of incidents fixed in time, target: 97%% a month, owner: desk, process: incident-management}
                - {id: obj-2, objective: Keep users happy, measure: Survey score, target: 4.5 or more, owner: ops}
            roles:
              - {id: ops, title: Operations Lead}
              - {id: desk, title: Desk Lead}
            services:
              - {id: mail, name: Mail, owner: ops, hours: 24x7, availabilityTarget: 99.9}
            processes:
              incident-management: {owner: desk, tool: Desk Tool}
              change-management: {owner: ops, tool: Change Board}
            """;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measures(String edition, String language) {
        return (Map<String, Object>) modelOf(YAML.formatted(edition, language)).get("measures");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(Map<String, Object> measures, String id) {
        return (Map<String, Object>) ((Map<String, Object>) measures.get("byId")).get(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void everyMeasureHasANameATargetAndAFormulaInEachLanguage(String language) {
        Map<String, String> messages = TemplateRepository.create(null, null, false, getClass().getClassLoader()).messages(language, "2018");
        for (MeasureCatalogue.Entry entry : MeasureCatalogue.ENTRIES) {
            assertThat(messages).as("%s in %s", entry.id(), language).containsKeys("kpi." + entry.id(), "kpi." + entry.id() + ".target",
                    "kpi." + entry.id() + ".formula", "kpi.frequency." + entry.frequency(), "kpi.reportedTo." + entry.reportedTo());
            if (entry.process() == null && entry.sourceProcess() == null) {
                assertThat(messages).as("records of %s", entry.id()).containsKey("kpi." + entry.id() + ".source");
            }
        }
    }

    @Test
    void everyProcessHasOneMainMeasureAndEveryListedMeasureIsDefined() {
        for (ProcessDefinition process : ProcessCatalogue.all()) {
            assertThat(MeasureCatalogue.mainOf(process.id())).as(process.id()).isNotNull();
            assertThat(MeasureCatalogue.ENTRIES.stream().filter(e -> e.main() && process.id().equals(e.process()))).hasSize(1);
        }
        MeasureCatalogue.NAMED_IN.values().forEach(ids -> ids.forEach(id -> assertThat(MeasureCatalogue.get(id)).as(id).isNotNull()));
        // A document lists other measures in the other edition where it holds other processes.
        assertThat(MeasureCatalogue.namedIn("design-build-transition", "2018")).contains("change-incidents").doesNotContain("outcomes");
        assertThat(MeasureCatalogue.namedIn("design-build-transition", "2011")).contains("outcomes").doesNotContain("change-incidents");
    }

    @Test
    void aMeasureIsOwnedByItsProcessAndMeasuredFromItsTool() {
        Map<String, Object> measures = measures("2018", "en");
        Map<String, Object> firstContact = row(measures, "first-contact");
        assertThat(firstContact).containsEntry("name", "Incidents resolved at first contact by the service desk")
                .containsEntry("target", "at least 60%").containsEntry("source", "Desk Tool").containsEntry("frequency", "Monthly");
        assertThat(((Map<?, ?>) firstContact.get("owner")).get("title")).isEqualTo("Desk Lead");
        // A measure of the SMS itself: the owner of the document that names it, the records its bundle names.
        Map<String, Object> audits = row(measures, "audits-on-schedule");
        assertThat(audits.get("source")).isEqualTo("Audit programme, yearly schedule and audit reports");
        assertThat(pluck(audits.get("namedIn"), d -> d.get("id"))).containsExactly("internal-audit");
        // The knowledge articles are kept in the incident tool.
        assertThat(row(measures, "kb-usage")).containsEntry("source", "Desk Tool");
        // The number of management reviews a year comes from the cadence.
        assertThat(row(measures, "reviews-held")).containsEntry("target", "2 per year, none more than 4 weeks late");
    }

    @Test
    void aMainMeasureAnObjectiveSetsShowsTheObjectivesMeasureAndTargetAndIsListedWithTheObjectives() {
        Map<String, Object> measures = measures("2018", "en");
        assertThat(row(measures, "incident-resolution")).containsEntry("name", "Share of incidents fixed in time")
                .containsEntry("target", "97% a month").containsEntry("objective", "OBJ-1");
        @SuppressWarnings("unchecked")
        List<Object> resolution = (List<Object>) ((Map<String, Object>) measures.get("of")).get("resolution-and-fulfilment");
        assertThat(pluck(resolution, r -> r.get("target")).get(0)).isEqualTo("97% a month");
        assertThat(pluck(measures.get("processes"), r -> r.get("id"))).doesNotContain("incident-resolution").contains("first-contact");
        assertThat(pluck(measures.get("objectives"), r -> r.get("process") == null ? null : ((Map<?, ?>) r.get("process")).get("id")))
                .containsExactly("incident-management", null);
        // Without an objective the catalogue's own main measure stands.
        assertThat(row(measures, "change-incidents")).containsEntry("name", "Changes causing an incident within 7 days")
                .containsEntry("target", "below 3%");
        assertThat(pluck(measures.get("processes"), r -> r.get("id"))).contains("change-incidents");
    }

    @Test
    void theServiceLevelMeasuresAreTheAvailabilityOfEachServiceAndTheCommitmentsOfTheAgreements() {
        Map<String, Object> measures = measures("2018", "de");
        List<Object> services = pluck(measures.get("services"), r -> r.get("name"));
        assertThat(services).containsExactly("Verfügbarkeit des Service Mail", "Incidents jeder Priorität, die ihr Reaktions- und ihr Lösungsziel erreichen",
                "Innerhalb des Ziels ihrer Art erfüllte Service Requests");
        assertThat(pluck(measures.get("services"), r -> r.get("availabilityTarget")).get(0)).isEqualTo(new java.math.BigDecimal("99.9"));
        // The SLAs' own measures are not repeated among the process measures.
        assertThat(pluck(measures.get("processes"), r -> r.get("id"))).doesNotContain("sla-incident-targets", "sla-request-targets");
    }

    @Test
    void onlyTheMeasuresOfTheDocumentsInTheSetAreListed() {
        // Supply and demand is a 2018 document: its measures are not in a 2011 set, the 2011 procedures' are.
        assertThat(pluck(measures("2018", "en").get("processes"), r -> r.get("id"))).contains("cost-variances").doesNotContain("party-audits");
        assertThat(pluck(measures("2011", "en").get("processes"), r -> r.get("id"))).contains("party-audits").doesNotContain("cost-variances");
    }
}
