package io.smsdocs.core.programme;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static io.smsdocs.core.programme.RoadmapStep.Kind.*;
import static org.assertj.core.api.Assertions.assertThat;

class CertificationRoadmapTest {

    private static final PlanInput BASE = PlanInput.of(LocalDate.of(2025, 3, 3), "2018");

    @Test
    void firstSurveillanceIsWithinTwelveMonthsOfTheDecision() {
        CertificationRoadmap roadmap = roadmap(BASE);
        LocalDate decision = roadmap.dateOf(CERTIFICATION_DECISION);
        assertThat(roadmap.dateOf(SURVEILLANCE_1)).isAfter(decision).isBeforeOrEqualTo(decision.plusMonths(12));
    }

    @Test
    void surveillanceIsYearly() {
        CertificationRoadmap roadmap = roadmap(BASE);
        long days = ChronoUnit.DAYS.between(roadmap.dateOf(SURVEILLANCE_1), roadmap.dateOf(SURVEILLANCE_2));
        assertThat(days).isBetween(358L, 366L);
        assertThat(roadmap.dateOf(SURVEILLANCE_2).getYear()).isGreaterThan(roadmap.dateOf(SURVEILLANCE_1).getYear());
    }

    @Test
    void recertificationComesBeforeTheThreeYearExpiry() {
        CertificationRoadmap roadmap = roadmap(BASE);
        LocalDate decision = roadmap.dateOf(CERTIFICATION_DECISION);
        assertThat(roadmap.dateOf(EXPIRY)).isEqualTo(decision.plusYears(3).minusDays(1));
        assertThat(roadmap.dateOf(RECERTIFICATION)).isAfter(roadmap.dateOf(SURVEILLANCE_2))
                .isBefore(roadmap.dateOf(EXPIRY));
    }

    @Test
    void stepsAreInDateOrder() {
        CertificationRoadmap roadmap = roadmap(BASE);
        for (int i = 1; i < roadmap.steps().size(); i++) {
            assertThat(roadmap.steps().get(i).date()).as(roadmap.steps().get(i).kind().name())
                    .isAfterOrEqualTo(roadmap.steps().get(i - 1).date());
        }
        assertThat(roadmap.steps()).extracting(RoadmapStep::kind).containsExactly(RoadmapStep.Kind.values());
    }

    @Test
    void givenDatesAreUsedAndMarked() {
        LocalDate decision = LocalDate.of(2026, 6, 15);
        CertificationRoadmap roadmap = roadmap(BASE.withCertification(new CertificationInput(null, null,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 13), decision, true, true)));
        assertThat(roadmap.dateOf(STAGE_1)).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(roadmap.step(CERTIFICATION_DECISION).orElseThrow().given()).isTrue();
        assertThat(roadmap.dateOf(EXPIRY)).isEqualTo(LocalDate.of(2029, 6, 14));
        assertThat(roadmap.dateOf(NONCONFORMITY_VERIFICATION)).isBefore(decision);
        assertThat(roadmap.step(NONCONFORMITY_VERIFICATION).orElseThrow().rule())
                .contains("major").contains("minor");
    }

    @Test
    void readinessIsOpenUntilEverythingIsImplementedAndDone() {
        CertificationRoadmap open = roadmap(BASE.withGaps(Map.of("8", GapStatus.PARTIAL)));
        assertThat(open.ready()).isFalse();
        ReadinessItem clause8 = open.readiness().stream().filter(i -> i.id().equals("clause-8")).findFirst().orElseThrow();
        assertThat(clause8.state()).isEqualTo("open");
        assertThat(clause8.detail()).contains("8.5.1.2 (partial)");
        assertThat(open.readiness()).filteredOn(i -> i.id().equals("internal-audit"))
                .singleElement().extracting(ReadinessItem::passed).isEqualTo(false);

        Map<String, GapStatus> all = Map.of("4", GapStatus.IMPLEMENTED, "5", GapStatus.IMPLEMENTED,
                "6", GapStatus.IMPLEMENTED, "7", GapStatus.IMPLEMENTED, "8", GapStatus.IMPLEMENTED,
                "9", GapStatus.IMPLEMENTED, "10", GapStatus.IMPLEMENTED);
        CertificationInput agreed = new CertificationInput(null, null, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 13),
                null, true, true);
        // Dates written down before the body has a contract are the organisation's plan, not an agreement.
        CertificationRoadmap planned = roadmap(BASE.withGaps(all).withCertification(agreed));
        assertThat(planned.ready()).isFalse();
        assertThat(planned.readiness()).filteredOn(i -> !i.passed()).singleElement().satisfies(item -> {
            assertThat(item.id()).isEqualTo("audit-dates");
            assertThat(item.detail()).isEqualTo("stage 1 2025-09-01, stage 2 2025-10-13 planned, but no contract with the"
                    + " certification body is recorded yet");
        });
        CertificationRoadmap ready = roadmap(BASE.withGaps(all).withCertification(agreed.withCompleted(Map.of(
                APPLICATION, LocalDate.of(2025, 6, 2), APPLICATION_REVIEW, LocalDate.of(2025, 6, 16)))));
        assertThat(ready.readiness()).allMatch(ReadinessItem::passed);
        assertThat(ready.ready()).isTrue();
    }

    @Test
    void onlyARecordedStepIsDoneAndItShowsTheDayItTookPlace() {
        LocalDate applied = LocalDate.of(2025, 5, 5);
        CertificationRoadmap roadmap = roadmap(BASE.withCertification(new CertificationInput(null, null,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 13), null, false, false).withCompleted(Map.of(APPLICATION, applied))));
        RoadmapStep application = roadmap.step(APPLICATION).orElseThrow();
        assertThat(application.done()).isTrue();
        assertThat(application.date()).isEqualTo(applied);
        assertThat(application.given()).isTrue();
        // The contract follows the application actually made, not the one the rule would have planned.
        assertThat(roadmap.dateOf(APPLICATION_REVIEW)).isEqualTo(new WorkingCalendar(java.util.Set.of()).plus(applied, 10));
        // A stage date that is given but not recorded as held is a plan, even when the date lies in the past.
        assertThat(roadmap.step(STAGE_1).orElseThrow().given()).isTrue();
        assertThat(roadmap.steps()).filteredOn(RoadmapStep::done).extracting(RoadmapStep::kind).containsExactly(APPLICATION);
    }

    @Test
    void stepIdsAreTheDescriptorKeys() throws java.io.IOException {
        var schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.nio.file.Path.of("../schema/sms.schema.json").toFile());
        java.util.List<String> keys = new java.util.ArrayList<>();
        schema.at("/properties/certification/properties/completed/properties").fieldNames().forEachRemaining(keys::add);
        assertThat(java.util.Arrays.stream(RoadmapStep.Kind.values()).filter(RoadmapStep.Kind::recordable).map(RoadmapStep.Kind::id))
                .containsExactlyElementsOf(keys)
                .containsExactly("application", "application-review", "audit-planning", "stage-1", "stage-2",
                        "nonconformity-verification", "certification-decision", "surveillance-1", "surveillance-2", "recertification");
        assertThat(RoadmapStep.Kind.byId("stage-2")).contains(STAGE_2);
        assertThat(RoadmapStep.Kind.byId("stage2")).isEmpty();
    }

    @Test
    void the2011EditionChecksItsOwnClauseGroups() {
        CertificationRoadmap roadmap = roadmap(PlanInput.of(LocalDate.of(2025, 3, 3), "2011"));
        assertThat(roadmap.readiness()).extracting(ReadinessItem::id)
                .contains("clause-4", "clause-9").doesNotContain("clause-10");
    }

    private static CertificationRoadmap roadmap(PlanInput input) {
        return CertificationRoadmapBuilder.build(ImplementationPlanner.plan(input), input);
    }
}
