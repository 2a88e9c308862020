package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.DescriptorLoader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Nobody audits their own work: who audits each area of the programme. */
class AuditorChoiceTest {

    private static Map<String, AuditorChoice.Assignment> choose(String internalAudit) {
        String yaml = """
                organization: {name: Example Ltd}
                sms:
                  scope: The SMS covers the services of Example Ltd.
                  topManagement: md
                  documentControl: {owner: smm, approver: md}
                roles:
                  - {id: md, title: Managing Director}
                  - {id: smm, title: Service Management Manager}
                  - {id: cm, title: Change Manager}
                  - {id: pm, title: Problem Manager}
                processes:
                  change-management: {owner: cm}
                  problem-management: {owner: pm}
                %s""".formatted(internalAudit);
        return AuditorChoice.of(new DescriptorLoader().load(yaml.getBytes(StandardCharsets.UTF_8), "sms.yaml").descriptor()).stream()
                .collect(Collectors.toMap(AuditorChoice.Assignment::area, a -> a));
    }

    @Test
    void theSmsManagerAuditsWhatItDoesNotOwnAndAnExternalAuditorTheRest() {
        Map<String, AuditorChoice.Assignment> programme = choose("");
        assertThat(programme.get("change-management").auditor()).isEqualTo("smm");
        assertThat(programme.get("leadership").auditor()).isEqualTo("smm");
        // The SMS manager owns incident management and the checking of the SMS (internal audit among it).
        assertThat(programme.get("incident-management").auditor()).isNull();
        assertThat(programme.get("evaluation")).extracting(AuditorChoice.Assignment::auditee, AuditorChoice.Assignment::auditor)
                .containsExactly("smm", null);
        assertThat(programme.values()).allMatch(AuditorChoice.Assignment::independent);
    }

    @Test
    void qualifiedAuditorsShareTheAreasTheyDoNotOwn() {
        Map<String, AuditorChoice.Assignment> programme = choose("internalAudit: {auditors: [smm, cm, pm]}");
        assertThat(programme.values()).allMatch(a -> a.auditor() != null && a.independent());
        assertThat(programme.get("change-management").auditor()).isNotEqualTo("cm");
        assertThat(programme.get("problem-management").auditor()).isNotEqualTo("pm");
        assertThat(programme.get("evaluation").auditor()).isNotEqualTo("smm");
        // The SMS manager owns most areas (every process without an owner of its own), so the others audit most;
        // between the change and problem managers the audits are shared evenly.
        Map<String, Long> load = programme.values().stream().collect(Collectors.groupingBy(AuditorChoice.Assignment::auditor, Collectors.counting()));
        assertThat(load.get("smm")).isPositive().isLessThan(load.get("cm"));
        assertThat(Math.abs(load.get("cm") - load.get("pm"))).isLessThanOrEqualTo(1);
    }

    @Test
    void anAssignmentIsTakenAsWrittenAndAnAssignmentToTheOwnerIsNotIndependent() {
        Map<String, AuditorChoice.Assignment> programme = choose("internalAudit: {auditors: [smm, pm], assignments: {change-management: cm, "
                + "problem-management: pm}}");
        assertThat(programme.get("change-management")).extracting(AuditorChoice.Assignment::auditor, AuditorChoice.Assignment::pinned,
                AuditorChoice.Assignment::independent).containsExactly("cm", true, false);
        assertThat(programme.get("problem-management").independent()).isFalse();
        assertThat(List.copyOf(programme.keySet())).contains("leadership", "support", "operation", "evaluation");
    }
}
