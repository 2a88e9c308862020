package io.smsdocs.core.descriptor;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.descriptor.model.Descriptor;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DescriptorLoaderTest {

    private static final String MINIMAL = """
            organization: {name: Minimal Example Ltd}
            sms:
              scope: The SMS covers the IT services of Minimal Example Ltd.
            """;

    private final DescriptorLoader loader = new DescriptorLoader();

    private Descriptor load(String yaml) {
        return loader.load(yaml.getBytes(StandardCharsets.UTF_8), "src/sms/sms.yaml").descriptor();
    }

    private List<String> problems(String yaml) {
        SmsException e = catchThrowableOfType(SmsException.class, () -> load(yaml));
        assertThat(e).as("expected the descriptor to be rejected").isNotNull();
        return e.problems().stream().map(Problem::format).toList();
    }

    @Test
    void minimalDescriptorGetsConsultantDefaults() {
        Descriptor d = load(MINIMAL);
        assertThat(d.organization().shortName()).isEqualTo("Minimal");
        assertThat(d.sms().edition()).isEqualTo("2018");
        assertThat(d.sms().documentControl().owner()).isEqualTo("sms-manager");
        assertThat(d.sms().documentControl().approver()).isEqualTo("top-management");
        assertThat(d.sms().documentControl().reviewIntervalMonths()).isEqualTo(12);
        assertThat(d.roles()).extracting("id").containsExactly("top-management", "sms-manager");
        assertThat(d.processes()).hasSize(19).allSatisfy((id, p) -> assertThat(p.owner()).isEqualTo("sms-manager"));
        assertThat(d.priorities()).extracting("id").containsExactly("P1", "P2", "P3", "P4");
        assertThat(d.sms().objectives()).isNotEmpty();
        assertThat(d.sms().effectiveDate()).isNull();
    }

    @Test
    void everyIndependentMistakeIsReportedInOneRunImpossibleDatesIncluded() {
        List<String> problems = problems("""
                organization: {name: Minimal Example Ltd}
                sms:
                  scope: The SMS covers the IT services of Minimal Example Ltd.
                  effectiveDate: 2026-02-30
                  documentControl: {ownr: sms-manager}
                certification:
                  stage1: 2026-13-01
                processes:
                  incident-management: {owner: nobody}
                """);

        // A key typo (schema), an unknown role (references) and two dates the calendar lacks: all four at once.
        assertThat(problems).hasSize(4);
        assertThat(problems).anyMatch(p -> p.startsWith("src/sms/sms.yaml:4:18: sms.effectiveDate has the value '2026-02-30'"));
        assertThat(problems).anyMatch(p -> p.contains(":5:") && p.contains("ownr"));
        assertThat(problems).anyMatch(p -> p.contains(":7:") && p.contains("2026-13-01"));
        assertThat(problems).anyMatch(p -> p.contains(":9:") && p.contains("nobody"));
    }

    @Test
    void twoServicesCannotPinTheSameDocumentNumber() {
        List<String> problems = problems(MINIMAL + """
                services:
                  - {id: epr, name: Patient Record, docNumber: 1}
                  - {id: pacs, name: Imaging Archive, docNumber: 1}
                """);

        assertThat(problems).containsExactly("src/sms/sms.yaml:6:50: docNumber 1 of the second service, 'pacs' is also pinned by"
                + " the first service, 'epr'; give each service its own number");
    }

    @Test
    void servicesThatDependOnEachOtherInACycleAreRefusedAtTheEntryThatClosesEachCycle() {
        List<String> problems = problems(MINIMAL + """
                services:
                  - {id: epr, name: Patient Record, dependsOn: [network]}
                  - {id: network, name: Network, dependsOn: [identity]}
                  - {id: identity, name: Identity, dependsOn: [epr]}
                  - {id: desk, name: Service Desk, dependsOn: [desk]}
                """);

        assertThat(problems).containsExactly(
                "src/sms/sms.yaml:7:48: the third service, 'identity', depends on 'epr', which depends on 'network', which depends"
                        + " on 'identity'; services in a cycle of dependencies cannot be recovered one after the other; a service is"
                        + " recovered after every service in its dependsOn, so one entry of the cycle is not a real dependency:"
                        + " remove it, here or at another service of the cycle",
                "src/sms/sms.yaml:8:48: the fourth service, 'desk', depends on itself; remove 'desk' from its own dependsOn");
    }

    @Test
    void typoInKeyIsLocatedWithSuggestion() {
        assertThat(problems(MINIMAL + """
                roles: [{id: lead, title: Lead}]
                services:
                  - id: desk
                    name: Desk
                    ownr: lead
                """)).containsExactly("src/sms/sms.yaml:8:5: unknown key 'ownr' in the first service, 'desk'; did you mean 'owner'?");
    }

    @Test
    void danglingRoleReferenceIsLocatedWithSuggestion() {
        assertThat(problems(MINIMAL + """
                roles: [{id: service-desk-lead, title: Service Desk Lead}]
                processes:
                  incident-management: {owner: service-desk-laed}
                """)).containsExactly("src/sms/sms.yaml:6:32: processes.incident-management.owner refers to the undefined role"
                + " 'service-desk-laed'; did you mean 'service-desk-lead'?");
    }

    @Test
    void brokenYamlIsOneLocatedLine() {
        List<String> problems = problems("""
                organization:
                  name: Broken Ltd
                 sms:
                  scope: x
                """);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("src/sms/sms.yaml:3:").contains("invalid YAML").doesNotContain("\n");
    }

    @Test
    void tabsAreExplained() {
        List<String> problems = problems("organization:\n\tname: Tabbed Ltd\nsms: {scope: x}\n");
        assertThat(problems).containsExactly("src/sms/sms.yaml:2:1: invalid YAML: found character '\\t(TAB)' that cannot"
                + " start any token. (Do not use \\t(TAB) for indentation); YAML indentation must use spaces, not tabs");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<String> problems = problems("""
                organization: {name: Many Problems Ltd, shortname: MP}
                sms: {scope: x, edition: "2019"}
                services:
                  - {id: a, name: A, availabilityTarget: high}
                  - {id: b}
                """);
        assertThat(problems).containsExactly(
                "src/sms/sms.yaml:1:41: unknown key 'shortname' in organization; did you mean 'shortName'?",
                "src/sms/sms.yaml:2:26: sms.edition has the value '2019', expected one of: 2018, 2011; did you mean '2011'?",
                "src/sms/sms.yaml:4:42: availabilityTarget of the first service, 'a', must be a number, not the text 'high';"
                        + " write a number without quotes or unit, for example 99.5",
                // Counted from one, with the id: not services[1].
                "src/sms/sms.yaml:5:5: missing required key 'name' in the second service, 'b'; add 'name:'");
    }

    @Test
    void duplicateIdsAndUnknownCustomersAreReported() {
        assertThat(problems(MINIMAL + """
                customers: [{id: acme, name: Acme}]
                services:
                  - {id: desk, name: Desk, customers: [acme, acmee]}
                  - {id: desk, name: Desk again}
                """)).containsExactly(
                "src/sms/sms.yaml:6:46: the second customer of the first service, 'desk', refers to the undefined customer 'acmee';"
                        + " did you mean 'acme'?",
                "src/sms/sms.yaml:7:10: duplicate id 'desk' in services; ids must be unique within services");
    }

    @Test
    void impossibleAndReversedDatesAreReported() {
        assertThat(problems(MINIMAL + """
                implementation: {start: 2026-02-30}
                certification: {stage1: 2026-10-05, stage2: 2026-09-01}
                """)).containsExactly(
                "src/sms/sms.yaml:4:25: implementation.start has the value '2026-02-30', which is not a date in the calendar; check the month and day",
                "src/sms/sms.yaml:5:45: certification.stage2 (2026-09-01) is before certification.stage1 (2026-10-05); the stage 2 audit follows the stage 1 audit");
    }

    @Test
    void unknownProcessIdIsSuggested() {
        assertThat(problems(MINIMAL + """
                processes:
                  incident-managment: {tool: Jira}
                """)).containsExactly("src/sms/sms.yaml:5:3: unknown key 'incident-managment' in processes; did you mean 'incident-management'?");
    }

    @Test
    void unknownGapClauseIsReported() {
        assertThat(problems(MINIMAL + """
                implementation:
                  gaps: [{clause: "8.6.9", status: partial}]
                """)).singleElement().asString()
                .startsWith("src/sms/sms.yaml:5:19: clause '8.6.9' does not exist in ISO/IEC 20000-1:2018; did you mean '8.6.");
    }

    @Test
    void duplicateKeysAreReported() {
        assertThat(problems("""
                organization: {name: A}
                sms: {scope: x}
                sms: {scope: y}
                """)).containsExactly("src/sms/sms.yaml:3:1: duplicate key 'sms' in the descriptor; keep one 'sms:' entry");
    }

    @Test
    void emptyAndNonUtf8FilesAreReported() {
        assertThat(problems("  \n")).containsExactly("src/sms/sms.yaml:1:1: the descriptor is empty;"
                + " it needs at least organization.name and sms.scope; run sms:init for a commented starter");
        byte[] latin1 = "organization: {name: Caf\u00e9}\n".getBytes(StandardCharsets.ISO_8859_1);
        SmsException e = catchThrowableOfType(SmsException.class, () -> loader.load(latin1, "src/sms/sms.yaml"));
        assertThat(e.problems()).singleElement().asString()
                .isEqualTo("src/sms/sms.yaml:1:25: the descriptor is not valid UTF-8 (byte 0xE9); save the file as UTF-8");
    }

    @Test
    void missingRequiredTopLevelKeys() {
        assertThat(problems("organization: {name: Only A Name}\n"))
                .containsExactly("src/sms/sms.yaml:1:1: missing required key 'sms' in the descriptor; add 'sms:'");
    }
}
