package io.smsdocs.core.programme;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GapDrivenPlanTest {

    private static final PlanInput BASE = PlanInput.of(LocalDate.of(2025, 3, 3), "2018");

    @Test
    void withoutGapResultsEverythingRunsInFull() {
        ImplementationPlan plan = ImplementationPlanner.plan(BASE);
        assertThat(plan.dropped()).isEmpty();
        assertThat(plan.activities()).allMatch(a -> a.treatment() == Treatment.FULL);
        assertThat(plan.activity("P1-08").orElseThrow().reason()).isEqualTo("missing: 8.2.6");
    }

    @Test
    void implementedClausesDropTheirActivitiesAndBringTheEndForward() {
        ImplementationPlan full = ImplementationPlanner.plan(BASE);
        ImplementationPlan lighter = ImplementationPlanner.plan(BASE.withGaps(Map.of(
                "8.2.6", GapStatus.IMPLEMENTED, "8.5.1", GapStatus.IMPLEMENTED, "8.5.3", GapStatus.IMPLEMENTED,
                "8.7.3", GapStatus.IMPLEMENTED, "8.2.5", GapStatus.IMPLEMENTED)));
        assertThat(lighter.dropped()).extracting(ScheduledActivity::id)
                .containsExactlyInAnyOrder("P1-08", "P1-09", "P2-02", "P2-09", "P2-11");
        assertThat(lighter.dropped()).allMatch(a -> a.start() == null && a.reason().startsWith("already implemented"));
        assertThat(lighter.end()).isBefore(full.end());
    }

    @Test
    void dependantsOfADroppedActivityKeepItsDependencies() {
        ImplementationPlan plan = ImplementationPlanner.plan(BASE.withGaps(Map.of(
                "8.2.6", GapStatus.IMPLEMENTED, "8.5.1", GapStatus.IMPLEMENTED)));
        ScheduledActivity release = plan.activity("P2-02").orElseThrow();
        // Release depended on configuration (P1-08) and change (P1-09); both dropped, so it waits for P1-06.
        assertThat(release.dependsOn()).containsExactly("P1-06");
        assertThat(release.start()).isAfter(plan.activity("P1-06").orElseThrow().end());
    }

    @Test
    void aSubClauseInheritsItsNearestAssessedParent() {
        ImplementationPlan plan = ImplementationPlanner.plan(BASE.withGaps(Map.of("8.5.1", GapStatus.IMPLEMENTED)));
        assertThat(plan.activity("P1-09").orElseThrow().dropped()).isTrue();
        ImplementationPlan partial = ImplementationPlanner.plan(BASE.withGaps(Map.of(
                "8.5", GapStatus.PARTIAL, "8.5.1.2", GapStatus.MISSING)));
        assertThat(partial.activity("P2-02").orElseThrow().treatment()).isEqualTo(Treatment.SHORTENED);
        assertThat(partial.activity("P1-09").orElseThrow().reason()).isEqualTo("missing: 8.5.1.2");
    }

    @Test
    void partlyImplementedClausesHalveTheEffortRoundedUp() {
        ImplementationPlan plan = ImplementationPlanner.plan(BASE.withGaps(Map.of(
                "8.6.1", GapStatus.PARTIAL, "8.6.2", GapStatus.IMPLEMENTED, "7.5", GapStatus.PARTIAL)));
        ScheduledActivity incident = plan.activity("P1-10").orElseThrow();
        assertThat(incident.treatment()).isEqualTo(Treatment.SHORTENED);
        assertThat(incident.effortDays()).isEqualTo(4);
        assertThat(incident.catalogueEffortDays()).isEqualTo(8);
        assertThat(plan.activity("P1-07").orElseThrow().effortDays()).isEqualTo(3); // 5 -> 3
        assertThat(plan.activity("P1-11").orElseThrow().dropped()).isTrue();
        assertThat(GapTriage.shortened(1)).isEqualTo(1);
    }

    @Test
    void auditAndReviewStepsAreNeverDropped() {
        ImplementationPlan plan = ImplementationPlanner.plan(BASE.withGaps(Map.of(
                "9", GapStatus.IMPLEMENTED, "10", GapStatus.IMPLEMENTED, "5", GapStatus.IMPLEMENTED)));
        assertThat(plan.activity("P2-16").orElseThrow().dropped()).isTrue();
        for (String id : new String[] {"P1-01", "P3-02", "P3-03", "P3-04", "P3-05", "INIT-01"}) {
            assertThat(plan.activity(id).orElseThrow().treatment()).as(id).isEqualTo(Treatment.FULL);
        }
        // The audit programme was dropped, so the first audit waits for what the programme waited for.
        assertThat(plan.activity("P3-02").orElseThrow().dependsOn()).contains("P1-07").doesNotContain("P2-16");
    }

    @Test
    void the2011EditionPlansWhatOnly2018RequiresAsTransitionWork() {
        // Certification is against 2018 now, so context, asset and knowledge work is planned, not dropped.
        ImplementationPlan plan = ImplementationPlanner.plan(PlanInput.of(LocalDate.of(2025, 3, 3), "2011"));
        assertThat(plan.dropped()).extracting(ScheduledActivity::id).doesNotContain("P1-02", "P2-11", "P2-12");
        ScheduledActivity assets = plan.activity("P2-11").orElseThrow();
        assertThat(assets.why().kind()).isEqualTo(Reason.Kind.TRANSITION);
        assertThat(assets.why().clauses()).containsExactly("8.2.5");
        assertThat(assets.why().edition()).isEqualTo("2018");
        assertThat(plan.activity("P1-02").orElseThrow().why().clauses()).containsExactly("4.1", "4.2", "6.1");
        assertThat(plan.activity("P1-08").orElseThrow().clauses()).containsExactly("9.1");
    }

    @Test
    void the2018EditionHasNoTransitionWork() {
        ImplementationPlan plan = ImplementationPlanner.plan(PlanInput.of(LocalDate.of(2025, 3, 3), "2018"));
        assertThat(plan.activities()).noneMatch(a -> a.why() != null && a.why().kind() == Reason.Kind.TRANSITION);
    }

    @Test
    void overridesReplaceEffortAndOwner() {
        ImplementationPlan plan = ImplementationPlanner.plan(BASE
                .withOwnerOfProcess(p -> p.equals("incident-management") ? "service-desk-lead" : null)
                .withOverrides(Map.of("P1-08", new ActivityOverride(20, null),
                        "P1-13", new ActivityOverride(null, "head-of-service"))));
        assertThat(plan.activity("P1-08").orElseThrow().effortDays()).isEqualTo(20);
        assertThat(plan.activity("P1-08").orElseThrow().reason()).endsWith("effort set by override");
        assertThat(plan.activity("P1-13").orElseThrow().ownerRole()).isEqualTo("head-of-service");
        assertThat(plan.activity("P1-10").orElseThrow().ownerRole()).isEqualTo("service-desk-lead");
        assertThat(plan.activity("P1-10").orElseThrow().owner()).isEqualTo("process:incident-management");
        assertThat(plan.activity("P1-12").orElseThrow().ownerRole()).isEqualTo("sms-manager");
        assertThat(plan.activity("P1-01").orElseThrow().ownerRole()).isEqualTo("top-management");
    }

    @Test
    void anOverrideOfAnUnknownActivityNamesTheNearestIds() {
        Map<String, ActivityOverride> overrides = new HashMap<>();
        overrides.put("P1-4", new ActivityOverride(3, null));
        assertThatThrownBy(() -> ImplementationPlanner.plan(BASE.withOverrides(overrides)))
                .isInstanceOf(UnknownActivityException.class)
                .hasMessageContaining("'P1-4'")
                .hasMessageContaining("did you mean")
                .hasMessageContaining("'P1-04'");
    }

    @Test
    void givenCertificationDatesBecomeMilestonesAndPinTheirActivities() {
        LocalDate stage1 = LocalDate.of(2026, 3, 2);
        LocalDate stage2 = LocalDate.of(2026, 4, 13);
        ImplementationPlan plan = ImplementationPlanner.plan(BASE.withCertification(
                new CertificationInput(null, null, stage1, stage2, null, false, false)));
        assertThat(plan.milestone(MilestoneKind.STAGE_1).orElseThrow().date()).isEqualTo(stage1);
        assertThat(plan.milestone(MilestoneKind.STAGE_1).orElseThrow().given()).isTrue();
        assertThat(plan.activity("POST-03").orElseThrow().start()).isEqualTo(stage2);
        assertThat(plan.milestone(MilestoneKind.FIRST_INTERNAL_AUDIT).orElseThrow().given()).isFalse();
    }

    @Test
    void computedMilestonesFollowTheSchedule() {
        ImplementationPlan plan = ImplementationPlanner.plan(BASE);
        WorkingCalendar calendar = new WorkingCalendar(java.util.Set.of());
        LocalDate readinessEnd = plan.activity("P3-05").orElseThrow().end();
        LocalDate stage1 = plan.milestone(MilestoneKind.STAGE_1).orElseThrow().date();
        assertThat(stage1).isEqualTo(calendar.plus(calendar.after(readinessEnd), 10));
        // Stage 2 waits 18 working days after the stage 1 concerns are closed.
        assertThat(plan.milestone(MilestoneKind.STAGE_2).orElseThrow().date())
                .isEqualTo(calendar.plus(calendar.after(plan.activity("POST-02").orElseThrow().end()), 18));
        assertThat(plan.milestone(MilestoneKind.FIRST_MANAGEMENT_REVIEW).orElseThrow().date())
                .isAfter(plan.milestone(MilestoneKind.FIRST_INTERNAL_AUDIT).orElseThrow().date());
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void aGivenDateBeforeThePrerequisitesIsAWarning() {
        ImplementationPlan plan = ImplementationPlanner.plan(BASE.withCertification(
                new CertificationInput(null, null, LocalDate.of(2025, 6, 2), null, null, false, false)));
        assertThat(plan.warnings()).anyMatch(w -> w.startsWith("POST-01") && w.contains("P3-05"));
    }
}
