package io.smsdocs.core.decision;

import io.smsdocs.core.decision.OpenDecision.Topic;
import io.smsdocs.core.descriptor.DescriptorLoader;
import io.smsdocs.core.descriptor.LoadedDescriptor;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpenDecisionsTest {

    /** An in-house department with 24x7 services and few owners named: the kind of descriptor the register is for. */
    private static final String PARTIAL_IN_HOUSE = """
            organization: {name: Harbour City Hospital IT}
            sms:
              scope: The IT services of the hospital's IT department.
              topManagement: cio
              documentControl: {owner: it-service-manager}
            roles:
              - {id: cio, title: Chief Information Officer}
              - {id: it-service-manager, title: IT Service Manager, person: Tom Becker, email: tom@example.org}
              - {id: apps-lead, title: Clinical Applications Lead}
            customers:
              - {id: clinical, name: Clinical Divisions, type: internal}
            suppliers:
              - {id: estates, name: Estates, type: internal}
              - {id: vendor, name: MedRecord Ltd, contractRef: C-7}
            services:
              - {id: epr, name: Patient Record, owner: apps-lead, customers: [clinical], suppliers: [vendor, estates], hours: 24x7, availabilityTarget: 99.95}
              - {id: office, name: Office, customers: [clinical], hours: Mon-Fri 08:00-18:00, maintenanceWindow: Sat 06:00-08:00,
                 recovery: {alternate: Cloud tenant in a second region}}
              - {id: wiki, name: Wiki}
            processes:
              incident-management: {owner: it-service-manager, tool: TopDesk}
            """;

    private static LoadedDescriptor load(String yaml) {
        return new DescriptorLoader().load(yaml.getBytes(StandardCharsets.UTF_8), "src/sms/sms.yaml");
    }

    @Test
    void whatThePartialDescriptorLeavesOpenIsListedInRegisterOrderWithWhoDecides() {
        List<OpenDecision> open = OpenDecisions.of(load(PARTIAL_IN_HOUSE));
        assertThat(open).extracting(OpenDecision::id).startsWith("D-01", "D-02").doesNotHaveDuplicates();
        assertThat(open).extracting(d -> d.topic() + " " + (d.subjects().size() > 3 ? "many" : d.subjects())).containsExactly(
                "TOP_MANAGEMENT_HOLDER [cio]", "PROCESS_OWNERS many", "PROCESS_TOOLS many",
                "OBJECTIVES []", "RISKS []", "PRIORITIES []",
                "MAINTENANCE_WINDOW [epr]", "RECOVERY_ALTERNATE [epr]", "AVAILABILITY_TARGET [office]",
                "SERVICE_HOURS [wiki]", "AVAILABILITY_TARGET [wiki]", "SERVICE_CUSTOMERS [wiki]", "RECOVERY_ALTERNATE [wiki]",
                "SUPPLIER_AGREEMENT [estates]",
                "CONTACT_DETAILS [cio, apps-lead]");
        OpenDecision owners = open.get(1);
        assertThat(owners.subjects()).hasSize(18).doesNotContain("incident-management");
        assertThat(owners.assumed()).isEqualTo("it-service-manager");
        assertThat(owners.decider()).isEqualTo("cio");
        assertThat(open.get(2).subjects()).hasSize(18).doesNotContain("incident-management");
        OpenDecision hours = open.stream().filter(d -> d.topic() == Topic.SERVICE_HOURS).findFirst().orElseThrow();
        assertThat(hours.assumed()).isEqualTo("Mon-Fri 09:00-17:00");
        assertThat(hours.key()).isEqualTo("services[wiki].hours");
        assertThat(hours.at().line()).isEqualTo(19);
        assertThat(open.get(0).decider()).as("the governing body decides who is top management").isNull();
    }

    @Test
    void aDescriptorThatDecidesEverythingLeavesNothingOpen() {
        String complete = """
                organization: {name: Decided Ltd}
                sms:
                  scope: Everything.
                  defaultTool: ServiceNow
                  objectives: [{objective: Keep the lights on}]
                  risks: [{description: Power cut}]
                roles:
                  - {id: top-management, title: Board, person: Ann, email: ann@example.org}
                  - {id: sms-manager, title: SMS Manager, person: Bob, email: bob@example.org}
                customers: [{id: c, name: Customer}]
                services:
                  - {id: s, name: Service, customers: [c], hours: 24x7, availabilityTarget: 99.5, maintenanceWindow: Sun 02:00-04:00,
                     recovery: {alternate: Second site}}
                serviceLevels:
                  priorities: [{id: P1, name: Critical, response: 15 minutes, resolution: 30 minutes}]
                processes:
                """ + io.smsdocs.core.standard.ProcessCatalogue.ids().stream()
                .map(id -> "  " + id + ": {owner: " + (id.hashCode() % 2 == 0 ? "sms-manager" : "top-management") + "}\n")
                .reduce("", String::concat);
        assertThat(OpenDecisions.of(load(complete))).isEmpty();
    }
}
