package io.smsdocs.core.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.smsdocs.core.model.ServiceModelFixture.modelOf;
import static io.smsdocs.core.model.ServiceModelFixture.pluck;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The availability plan: the downtime each target allows in a year, and the risks to availability by the plan's
 * rule (a risk that names the service or one of its suppliers; a risk that names no service but speaks of an
 * outage concerns every service; opportunities never).
 */
class AvailabilityPlanTest {

    private static final String YAML = """
            organization: {name: Clinic IT}
            sms:
              language: %s
              scope: The SMS covers the IT services of Clinic IT.
              %s
            roles:
              - {id: apps-lead, title: Applications Lead}
            suppliers:
              - {id: vendor, name: Record Vendor, type: external}
            services:
              - {id: epr, name: Patient Record, owner: apps-lead, suppliers: [vendor], hours: 24x7, availabilityTarget: 99.9}
              - {id: mail, name: Mail, owner: apps-lead, hours: Mon-Fri 09:00-17:00, availabilityTarget: 99.5}
              - {id: odd, name: Odd Hours, owner: apps-lead, hours: by arrangement, availabilityTarget: 99}
            """;

    private static final String RISKS = """
            risks:
                - {id: r-named, description: An unplanned EPR outage stops the wards}
                - {id: r-by-name, description: The Patient Record database grows beyond its disks}
                - {id: r-supplier, description: Record Vendor goes out of business}
                - {id: r-general, description: A power failure in the data centre stops every service}
                - {id: r-german, description: Ein Stromausfall im Rechenzentrum}
                - {id: r-other, description: Staff turnover in the finance team}
                - {id: o-named, type: opportunity, description: Mail archiving frees storage}
            """;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plan(String language, String risks) {
        return (Map<String, Object>) modelOf(YAML.formatted(language, risks)).get("availabilityPlan");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(Map<String, Object> plan, String id) {
        return ((List<Map<String, Object>>) plan.get("services")).stream()
                .filter(s -> id.equals(((Map<?, ?>) s.get("service")).get("id"))).findFirst().orElseThrow();
    }

    @Test
    void aRiskConcernsTheServiceItNamesOrWhoseSupplierItNames() {
        Map<String, Object> plan = plan("en", RISKS);
        assertThat(pluck(service(plan, "epr").get("risks"), r -> r.get("id"))).containsExactly("r-named", "r-by-name", "r-supplier");
        // An opportunity is not a risk to availability, even when it names the service.
        assertThat(service(plan, "mail").get("risks")).isEqualTo(List.of());
    }

    @Test
    void aRiskThatNamesNoServiceButSpeaksOfAnOutageConcernsEveryService() {
        // The descriptions are the descriptor's own words: English and German ones are found in a set of either
        // language, a German word also inside a compound ("Stromausfall").
        assertThat(pluck(plan("en", RISKS).get("generalRisks"), r -> r.get("id"))).containsExactly("r-general", "r-german");
        assertThat(pluck(plan("de", RISKS).get("generalRisks"), r -> r.get("id"))).containsExactly("r-general", "r-german");
    }

    @Test
    void theStarterRisksAreMarkedAsAnOpenDecision() {
        assertThat(plan("en", RISKS)).containsEntry("risksMark", "");
        Map<String, Object> starter = plan("en", "");
        assertThat((String) starter.get("risksMark")).matches(" \\(open decision D-\\d\\d\\)");
        // The starter risk of a failing supplier speaks of an interruption: it concerns every service.
        assertThat(pluck(starter.get("generalRisks"), r -> r.get("id"))).containsExactly("risk-1");
    }

    @Test
    void theDowntimeAllowedInAYearIsTwelveAverageMonthsOfTheServiceHours() {
        Map<String, Object> plan = plan("en", RISKS);
        assertThat(service(plan, "epr")).containsEntry("allowedDowntimeYear", "8 h 46 min");
        assertThat(((Map<?, ?>) service(plan, "epr").get("service")).get("allowedDowntime")).isEqualTo("44 min");
        assertThat(service(plan, "mail")).containsEntry("allowedDowntimeYear", "10 h 26 min");
        assertThat(service(plan, "odd")).containsEntry("allowedDowntimeYear", "1% of the agreed service hours");
        assertThat(service(plan("de", RISKS), "odd")).containsEntry("allowedDowntimeYear", "1\u00a0% der vereinbarten Servicezeit");
    }
}
