package io.smsdocs.core.check;

import io.smsdocs.core.descriptor.DescriptorLoader;
import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.plan.DocumentPlan;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.standard.ClauseCatalogue;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsistencyChecksTest {

    private static final String HEAD = """
            organization: {name: Example Ltd}
            sms: {scope: Everything.}
            services:
              - id: epr
                name: Patient Record
                hours: 24x7
                availabilityTarget: 99.95
            """;

    private static CheckContext context(String yaml) {
        LoadedDescriptor loaded = new DescriptorLoader().load(yaml.getBytes(StandardCharsets.UTF_8), "src/sms/sms.yaml");
        DocumentPlan plan = new DocumentPlan("2018", List.of(), null, List.of(),
                io.smsdocs.core.decision.OpenDecisions.of(loaded));
        return new CheckContext(loaded, plan, List.of(), ClauseCatalogue.forEdition("2018"), LocalDate.of(2026, 12, 3));
    }

    @Test
    void aP1ResolutionLongerThanTheMonthsAllowedDowntimeIsReportedAtTheTarget() {
        List<Problem> problems = new ServiceLevelArithmeticCheck().run(context(HEAD + """
                serviceLevels:
                  priorities: [{id: P1, name: Critical, response: 15 minutes, resolution: 4 hours}]
                """));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("allows 22 min of unplanned unavailability a month", "P1 incident may take 4 hours");
            assertThat(p.hint()).contains("at most 99.45 %");
        });
    }

    @Test
    void aResolutionTheTargetAllowsOrAnAssumedSchemeIsNoFinding() {
        assertThat(new ServiceLevelArithmeticCheck().run(context(HEAD + """
                serviceLevels:
                  priorities: [{id: P1, name: Critical, response: 5 minutes, resolution: 20 minutes}]
                """))).isEmpty();
        assertThat(new ServiceLevelArithmeticCheck().run(context(HEAD)))
                .as("the starter priorities are an open decision, not a commitment to compare").isEmpty();
    }

    @Test
    void oneRoleOwningMoreThanHalfTheProcessesIsReportedOnce() {
        StringBuilder yaml = new StringBuilder(HEAD + "roles: [{id: boss, title: Head of Everything}]\nprocesses:\n");
        io.smsdocs.core.standard.ProcessCatalogue.ids().stream().limit(10)
                .forEach(id -> yaml.append("  ").append(id).append(": {owner: boss}\n"));
        List<Problem> problems = new OwnerConcentrationCheck().run(context(yaml.toString()));
        assertThat(problems).singleElement().satisfies(p ->
                assertThat(p.message()).contains("Head of Everything", "owns 10 of the 19 processes"));
        String nine = yaml.toString().replaceFirst("(?s)(.*)\\n  [a-z-]+: \\{owner: boss\\}\\n$", "$1\n");
        assertThat(new OwnerConcentrationCheck().run(context(nine))).isEmpty();
    }

    @Test
    void eachOpenDecisionIsALocatedWarningNamingWhoDecides() {
        List<Problem> problems = new OpenDecisionCheck().run(context(HEAD));
        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.message()).startsWith("open decision D-").contains("to be decided by");
        });
        assertThat(problems).anySatisfy(p -> assertThat(p.message())
                .contains("the round-the-clock service 'epr' has no agreed maintenance window"));
    }

    @Test
    void aCheckOnA2011SetCitesThe2011Clauses() {
        CheckContext context = context("""
                organization: {name: Example Ltd}
                sms: {scope: Everything., edition: "2011"}
                """).requiringExplicitOwners(true);
        assertThat(new ProcessOwnerCheck().run(context)).extracting(Problem::message)
                .anyMatch(m -> m.startsWith("process service-level-management (6.1) "))
                .noneMatch(m -> m.contains("(8.3.3)"));
    }
}
