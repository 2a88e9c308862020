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
        CertificationRoadmap ready = roadmap(BASE.withGaps(all).withCertification(new CertificationInput(
                null, null, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 13), null, true, true)));
        assertThat(ready.readiness()).allMatch(ReadinessItem::passed);
        assertThat(ready.ready()).isTrue();
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
