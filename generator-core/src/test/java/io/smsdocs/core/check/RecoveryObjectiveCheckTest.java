package io.smsdocs.core.check;

import io.smsdocs.core.descriptor.DescriptorLoader;
import io.smsdocs.core.problem.Problem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Recovery objectives that contradict the criticality rule, the availability target or the services a service needs. */
class RecoveryObjectiveCheckTest {

    private static final String HEAD = """
            organization: {name: Clinic IT}
            sms: {scope: The SMS covers the IT services of Clinic IT.}
            services:
            """;

    private static List<String> findings(String services) {
        var loaded = new DescriptorLoader().load((HEAD + services).getBytes(StandardCharsets.UTF_8), "sms.yaml");
        return new RecoveryObjectiveCheck().run(new CheckContext(loaded, null, List.of(), null, LocalDate.of(2026, 1, 1)))
                .stream().map(Problem::format).toList();
    }

    @Test
    void objectivesWithinTheRuleTheTargetAndTheirDependenciesPass() {
        assertThat(findings("""
                  - {id: network, name: Network, hours: 24x7, availabilityTarget: 99.95, recovery: {rto: 1}}
                  - {id: epr, name: Patient Record, hours: 24x7, availabilityTarget: 99.9, dependsOn: [network],
                     recovery: {rto: 2, rpo: 0.25}}
                  - {id: office, name: Office, hours: Mon-Fri 08:00-18:00, availabilityTarget: 99.5, recovery: {rto: 8}}
                  - {id: odd, name: Odd, hours: by arrangement, availabilityTarget: 99.9}
                """)).isEmpty();
    }

    @Test
    void anObjectiveOfItsOwnWeakerThanItsCriticalitysRuleIsLocatedAtTheValue() {
        assertThat(findings("""
                  - {id: epr, name: Patient Record, hours: 24x7, availabilityTarget: 99, criticality: high, recovery: {rto: 24, rpo: 4}}
                """)).containsExactly(
                "sms.yaml:4:109: the first service, 'epr', has an RTO of 24 hours, longer than the 4 hours the rule for its high"
                        + " criticality allows; shorten recovery.rto to 4 hours or less; if its customers accept the longer recovery,"
                        + " record that with a lower criticality for the service",
                "sms.yaml:4:118: the first service, 'epr', has an RPO of 4 hours, more data loss than the 1 hour the rule for its"
                        + " high criticality allows; shorten recovery.rpo to 1 hour or less; if its customers accept the greater loss,"
                        + " record that with a lower criticality for the service");
    }

    @Test
    void anRtoLongerThanAYearsAllowedDowntimeIsLocatedAtWhatToChange() {
        List<String> findings = findings("""
                  - {id: office, name: Office, hours: Mon-Fri 08:00-12:00, availabilityTarget: 99.5}
                  - {id: desk, name: Desk, hours: Mon-Fri 08:00-18:00}
                  - {id: own, name: Own, hours: 24x7, availabilityTarget: 99.99, recovery: {rto: 2}}
                """);
        // 20 hours a week for 52.18 weeks at 0.5%: 5.2 hours a year; medium's rule is 8. The desk's 50 hours give 13: no finding.
        assertThat(findings).containsExactly(
                "sms.yaml:4:80: the first service, 'office', has an RTO of 8 hours (the rule for its derived medium criticality),"
                        + " longer than the 5.2 hours of unplanned downtime its 99.5% target allows in a whole year of its service hours"
                        + " (Mon-Fri 08:00-12:00); one invocation of the continuity plan would use up more than a year's downtime;"
                        + " set recovery.rto for this service to 5.2 hours or less, or agree a lower availability target",
                "sms.yaml:6:82: the third service, 'own', has an RTO of 2 hours, longer than the 0.8 hours of unplanned downtime"
                        + " its 99.99% target allows in a whole year of its service hours (24x7); one invocation of the continuity plan"
                        + " would use up more than a year's downtime; shorten recovery.rto to 0.8 hours or less, or agree a lower"
                        + " availability target");
    }

    @Test
    void aServiceCannotBeBackBeforeAServiceItNeeds() {
        assertThat(findings("""
                  - {id: network, name: Network, hours: 24x7, availabilityTarget: 99.9, criticality: high}
                  - {id: epr, name: Patient Record, hours: 24x7, availabilityTarget: 99.9, dependsOn: [network], recovery: {rto: 2}}
                """)).containsExactly(
                "sms.yaml:5:88: the second service, 'epr', has an RTO of 2 hours, shorter than the 4 hours of 'network', which it"
                        + " depends on and which is recovered first; it cannot be usable before the services it needs: set recovery.rto"
                        + " of 'network' to 2 hours or less, or give this service a longer one");
    }

    @Test
    void theYearsDowntimeIsCountedOverTheServiceHours() {
        var loaded = new DescriptorLoader().load((HEAD + """
                  - {id: desk, name: Desk, hours: "Mon-Fri 07:00-19:00, Sat 09:00-13:00", availabilityTarget: 99}
                """).getBytes(StandardCharsets.UTF_8), "sms.yaml");
        var service = loaded.descriptor().services().get(0);
        // 64 hours a week for 52.18 weeks at 1%: 33.4 hours a year, more than medium's 24: no finding.
        assertThat(RecoveryObjectiveCheck.downtimeExceeded(service, io.smsdocs.core.model.RecoveryObjectives.of(service))).isEmpty();
        assertThat(RecoveryObjectiveCheck.hours(new java.math.BigDecimal("1"))).isEqualTo("1 hour");
        assertThat(RecoveryObjectiveCheck.hours(new java.math.BigDecimal("0.50"))).isEqualTo("0.5 hours");
    }
}
