package io.smsdocs.core.programme;

import io.smsdocs.core.standard.Stage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CapabilityTest {

    private static final PlanInput BASE = PlanInput.of(LocalDate.of(2025, 3, 3), "2018");

    @Test
    void aLevelNeedsItsOwnAttributesLargelyAndAllLowerOnesFully() {
        assertThat(level(Map.of())).isZero();
        assertThat(level(Map.of(ProcessAttribute.PA1_1, Rating.L))).isEqualTo(1);
        assertThat(level(Map.of(ProcessAttribute.PA1_1, Rating.L, ProcessAttribute.PA2_1, Rating.F,
                ProcessAttribute.PA2_2, Rating.F))).as("PA1.1 only L caps at 1").isEqualTo(1);
        assertThat(level(Map.of(ProcessAttribute.PA1_1, Rating.F, ProcessAttribute.PA2_1, Rating.L,
                ProcessAttribute.PA2_2, Rating.L))).isEqualTo(2);
        assertThat(level(Map.of(ProcessAttribute.PA1_1, Rating.F, ProcessAttribute.PA2_1, Rating.F,
                ProcessAttribute.PA2_2, Rating.P))).isEqualTo(1);
        Map<ProcessAttribute, Rating> allFully = new EnumMap<>(ProcessAttribute.class);
        for (ProcessAttribute a : ProcessAttribute.values()) {
            allFully.put(a, Rating.F);
        }
        assertThat(level(allFully)).isEqualTo(5);
    }

    @Test
    void aDeclaredLevelTheRatingsDoNotSupportIsAFinding() {
        CapabilityProfile profile = CapabilityAssessor.assess(List.of(new ProcessAssessment("incident-management", 3, 3,
                Map.of("PA1.1", Rating.F, "PA2.1", Rating.L, "PA2.2", Rating.L, "PA3.1", Rating.L))));
        ProcessCapability incident = profile.processes().get(0);
        assertThat(incident.ratedLevel()).isEqualTo(2);
        assertThat(incident.findings()).singleElement().asString()
                .contains("declared level 3 (Established)").contains("level 2 (Managed)").contains("PA3.2 is N");
        assertThat(profile.findings()).singleElement().asString().startsWith("incident-management: ");
        // Work starts from the rated level: level 3 needs PA2.x raised to F and PA3.x at least L.
        assertThat(incident.actions()).singleElement().satisfies(action -> {
            assertThat(action.level()).isEqualTo(3);
            assertThat(action.needs()).contains("PA2.1 Performance management from L to F",
                    "PA3.1 Process definition at least L", "PA3.2 Process deployment at least L");
        });
    }

    @Test
    void withoutRatingsTheDeclaredLevelIsTrusted() {
        ProcessCapability change = CapabilityAssessor.assess(List.of(new ProcessAssessment("change-management", 1, 3)))
                .processes().get(0);
        assertThat(change.ratedLevel()).isNull();
        assertThat(change.findings()).isEmpty();
        assertThat(change.actions()).extracting(CapabilityGapAction::level).containsExactly(2, 3);
        assertThat(change.actions().get(0).needs()).containsExactly("PA2.1 Performance management at least F",
                "PA2.2 Work product management at least F");
    }

    @Test
    void gapActionsBecomeScheduledActivitiesOwnedByTheProcessOwner() {
        ImplementationPlan plan = ImplementationPlanner.plan(BASE
                .withOwnerOfProcess(p -> p.equals("change-management") ? "change-manager" : null)
                .withAssessments(List.of(new ProcessAssessment("change-management", 1, 3))));
        List<ScheduledActivity> capability = plan.activities().stream().filter(ScheduledActivity::fromCapability).toList();
        assertThat(capability).extracting(ScheduledActivity::id).containsExactly("CAP-01", "CAP-02");
        assertThat(capability).allMatch(a -> a.ownerRole().equals("change-manager") && !a.dropped());
        assertThat(capability.get(0).stage()).isEqualTo(Stage.PHASE_2);
        assertThat(capability.get(1).stage()).isEqualTo(Stage.PHASE_3);
        assertThat(capability.get(0).dependsOn()).containsExactly("P1-09");
        assertThat(capability.get(1).dependsOn()).containsExactly("P1-09", "CAP-01");
        assertThat(capability.get(1).start()).isAfter(capability.get(0).end());
        assertThat(capability.get(0).reason()).contains("PA2.1");
        assertThat(plan.capability().actions()).extracting(CapabilityGapAction::activityId)
                .containsExactly("CAP-01", "CAP-02");
    }

    @Test
    void unknownProcessesAndAttributesAreErrorsWithAHint() {
        assertThatThrownBy(() -> CapabilityAssessor.assess(List.of(new ProcessAssessment("change-managment", 1, 2))))
                .hasMessageContaining("did you mean 'change-management'");
        assertThatThrownBy(() -> CapabilityAssessor.assess(List.of(
                new ProcessAssessment("change-management", 1, 2, Map.of("PA6.1", Rating.F)))))
                .hasMessageContaining("unknown attribute 'PA6.1'");
    }

    private static int level(Map<ProcessAttribute, Rating> ratings) {
        return CapabilityAssessor.ratedLevel(ratings);
    }
}
