package io.smsdocs.core.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.smsdocs.core.model.ServiceModelFixture.modelOf;
import static io.smsdocs.core.model.ServiceModelFixture.pluck;
import static io.smsdocs.core.model.ServiceModelFixture.service;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Continuity per service: recovery objectives of its own or by the criticality rule, its place in the recovery
 * order, its dependencies, steps and alternate arrangement, and the review frequencies of its customers and
 * suppliers.
 */
class ServiceRecoveryTest {

    private static final String YAML = """
            organization: {name: Clinic IT}
            sms:
              language: %s
              scope: The SMS covers the IT services of Clinic IT.
              effectiveDate: 2026-11-02
            roles:
              - {id: sms-manager, title: IT Service Manager, person: Tom Becker, email: tom@example.com}
              - {id: top-management, title: Director, person: Ann Boss, email: ann@example.com}
              - {id: apps-lead, title: Applications Lead}
            customers:
              - {id: wards, name: Wards, type: internal}
              - {id: office, name: Back Office, type: internal}
            suppliers:
              - {id: vendor, name: Record Vendor, type: external, provides: Software support}
              - {id: estates, name: Estates, type: internal, provides: Power and cooling}
              - {id: printers, name: Print Partner, type: external}
            services:
              - {id: mail, name: Mail, owner: apps-lead, customers: [office], suppliers: [printers], hours: 24x7,
                 availabilityTarget: 99, criticality: low}
              - {id: record, name: Patient Record, owner: apps-lead, customers: [wards], suppliers: [vendor, estates],
                 hours: 24x7, availabilityTarget: 99.95, dependsOn: [network],
                 recovery: {rto: 2, rpo: 0.25, alternate: Standby servers in the second data centre,
                            steps: [Declare downtime, Fail over to the standby servers]}}
              - {id: network, name: Network, owner: sms-manager, customers: [wards, office], suppliers: [estates], hours: 24x7,
                 availabilityTarget: 99.9, criticality: medium, recovery: {rpo: 12}}
            """;

    private static Map<String, Object> model(String language) {
        return modelOf(YAML.formatted(language));
    }

    @Test
    void aServicesOwnObjectivesReplaceTheRuleAndSaySo() {
        Map<String, Object> record = service(model("en"), "record");
        assertThat(record).containsEntry("criticalityLevel", "high").containsEntry("rtoHours", new BigDecimal("2"))
                .containsEntry("rto", "2 hours").containsEntry("rtoSource", "service")
                .containsEntry("rpoHours", new BigDecimal("0.25")).containsEntry("rpo", "15 minutes").containsEntry("rpoSource", "service")
                .containsEntry("recoveryBasis", "Set for this service");
        Map<String, Object> network = service(model("en"), "network");
        assertThat(network).containsEntry("rto", "8 hours").containsEntry("rtoSource", "rule")
                .containsEntry("rpo", "12 hours").containsEntry("rpoSource", "service")
                .containsEntry("recoveryBasis", "RTO by criticality rule; RPO set for this service");
        assertThat(service(model("en"), "mail")).containsEntry("rto", "24 hours").containsEntry("recoveryBasis", "Criticality rule");
        assertThat(service(model("de"), "record")).containsEntry("rto", "2 Stunden").containsEntry("rpo", "15 Minuten")
                .containsEntry("recoveryBasis", "Für diesen Service festgelegt");
    }

    @Test
    void theRecoveryOrderPutsWhatAHighCriticalityServiceNeedsFirst() {
        Map<String, Object> model = model("en");
        // The medium network comes before the high record that needs it; the low mail comes last.
        assertThat(pluck(((Map<?, ?>) model.get("continuityPlan")).get("recoveryOrder"), s -> s.get("id")))
                .containsExactly("network", "record", "mail");
        assertThat(service(model, "network")).containsEntry("recoveryPosition", 1);
        assertThat(pluck(service(model, "record").get("dependsOn"), d -> d.get("name"))).containsExactly("Network");
        assertThat(pluck(service(model, "network").get("neededBy"), d -> d.get("id"))).containsExactly("record");
        assertThat(service(model, "mail").get("neededBy")).isEqualTo(List.of());
    }

    @Test
    void anAlternateNotNamedIsAnOpenDecisionAndStepsAreTheDescriptors() {
        Map<String, Object> model = model("en");
        assertThat(service(model, "record")).containsEntry("alternate", "Standby servers in the second data centre")
                .containsEntry("alternateOpen", false)
                .containsEntry("recoverySteps", List.of("Declare downtime", "Fail over to the standby servers"));
        assertThat(service(model, "mail")).doesNotContainKey("alternate").containsEntry("alternateOpen", true)
                .containsEntry("recoverySteps", List.of());
        assertThat(pluck(((Map<?, ?>) model.get("continuityPlan")).get("alternatesOpen"), s -> s.get("id")))
                .containsExactly("mail", "network");
    }

    @Test
    void contactsAreIncompleteWhileARoleWithDutiesHasNoHolderOrEmail() {
        // The applications lead leads the recovery of two services but has neither a holder nor an e-mail address.
        assertThat(((Map<?, ?>) model("en").get("continuityPlan")).get("contactsIncomplete")).isEqualTo(true);
        String complete = YAML.formatted("en").replace("{id: apps-lead, title: Applications Lead}",
                "{id: apps-lead, title: Applications Lead, person: Ada Apps, email: ada@example.com}");
        assertThat(((Map<?, ?>) modelOf(complete).get("continuityPlan")).get("contactsIncomplete")).isEqualTo(false);
    }

    @Test
    void customersAndSuppliersAreReviewedAsOftenAsTheirMostCriticalServiceRequires() {
        Map<String, Object> model = model("en");
        // Estates supports the high record and the medium network; the print partner only the low mail.
        assertThat(byId(model.get("suppliers"), "estates")).containsEntry("reviewFrequency", "quarterly");
        assertThat(byId(model.get("suppliers"), "printers")).containsEntry("reviewFrequency", "every six months");
        assertThat(byId(model.get("customers"), "wards")).containsEntry("reviewFrequency", "monthly");
        assertThat(byId(model.get("customers"), "office")).containsEntry("reviewFrequency", "quarterly");
        assertThat(byId(model("de").get("suppliers"), "estates")).containsEntry("reviewFrequency", "vierteljährlich");
        Map<?, ?> levels = (Map<?, ?>) model.get("serviceLevels");
        assertThat(levels.get("supplierReviewRule")).isEqualTo("quarterly for suppliers of a high-criticality service, otherwise every six months");
        assertThat(levels.get("customerReviewRule")).isEqualTo("monthly for customers of a high-criticality service, otherwise quarterly");
        assertThat(((Map<?, ?>) model("de").get("serviceLevels")).get("supplierReviewRule"))
                .isEqualTo("vierteljährlich für Lieferanten eines Service mit hoher Kritikalität, sonst halbjährlich");
        assertThat(pluck(levels.get("rules"), r -> r.get("availabilityAuditedYearly"))).containsExactly(true, false, false);
    }

    @Test
    void theReviewRuleGroupsCriticalitiesThatShareAFrequency() {
        ServiceLevels levels = levels();
        assertThat(levels.reviewRule("supplier", c -> switch (c) {
            case HIGH -> "monthly";
            case MEDIUM -> "quarterly";
            case LOW -> "six-monthly";
        })).isEqualTo("monthly for suppliers of a high-criticality service, quarterly for suppliers of a service of medium"
                + " or high criticality, otherwise every six months");
        assertThat(levels.reviewRule("customer", c -> c == Criticality.LOW ? "quarterly" : "monthly"))
                .isEqualTo("monthly for customers of a service of medium or high criticality, otherwise quarterly");
        assertThat(levels.reviewRule("customer", c -> "quarterly")).isEqualTo("quarterly for all");
    }

    private static ServiceLevels levels() {
        var loaded = new io.smsdocs.core.descriptor.DescriptorLoader().load(YAML.formatted("en").getBytes(java.nio.charset.StandardCharsets.UTF_8), "sms.yaml");
        Map<String, String> messages = io.smsdocs.core.template.TemplateRepository.create(null, null, false,
                ServiceRecoveryTest.class.getClassLoader()).messages("en", "2018");
        return Parties.of(loaded.descriptor(), "2018", messages, java.util.Locale.ROOT).serviceLevels();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> byId(Object list, String id) {
        return ((List<?>) list).stream().map(m -> (Map<String, Object>) m).filter(m -> id.equals(m.get("id"))).findFirst().orElseThrow();
    }
}
