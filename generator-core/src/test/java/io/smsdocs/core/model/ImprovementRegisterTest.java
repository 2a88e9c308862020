package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.model.Gap;
import io.smsdocs.core.model.ImprovementRegister.PlannedWork;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The improvement register starts with entries derived by its two rules: the opportunities of the risk register
 * (never its risks), then every missing or partial clause of the gap assessment in clause order, planned by the
 * activities that build the clause out, owned by the owner of the one that ends last; nothing else.
 */
class ImprovementRegisterTest {

    private static final Map<String, Object> MANAGER = Map.of("id", "sms-manager", "title", "SMS Manager");
    private static final Map<String, Object> AUDITOR = Map.of("id", "auditor", "title", "Audit Lead");
    private static final Map<String, Object> ASSETS = Map.of("id", "assets", "title", "Asset Manager");
    private static final Map<String, String> MESSAGES = Map.of("decision.mark", "(open decision {0})");

    private static Map<String, Object> clauseTitles() {
        Map<String, Object> titles = new LinkedHashMap<>();
        for (String clause : List.of("6.1", "8.2.5", "8.2.6", "9.2", "9.3", "10.2")) {
            titles.put(clause, "Title " + clause);
        }
        return titles;
    }

    private static final List<PlannedWork> WORK = List.of(
            new PlannedWork("P2-11", List.of("8.2.5"), 6, LocalDate.of(2026, 3, 27)),
            new PlannedWork("P2-16", List.of("9.2"), 4, LocalDate.of(2026, 3, 11)),
            new PlannedWork("P3-02", List.of("9.2"), 10, LocalDate.of(2026, 5, 7)),
            new PlannedWork("P3-05", List.of(), 3, LocalDate.of(2026, 5, 27)));

    private static final List<Object> ACTIVITY_MAPS = List.of(
            Map.of("id", "P2-11", "owner", ASSETS, "end", "27.03.2026"),
            Map.of("id", "P2-16", "owner", MANAGER, "end", "11.03.2026"),
            Map.of("id", "P3-02", "owner", AUDITOR, "end", "07.05.2026"),
            Map.of("id", "P3-05", "owner", MANAGER, "end", "27.05.2026"));

    private static List<Map<String, Object>> entries(String edition, List<?> risks, List<Gap> gaps, String risksDecision) {
        Map<String, Object> register = ImprovementRegister.of(edition, risks, gaps, WORK, ACTIVITY_MAPS, clauseTitles(), MANAGER,
                risksDecision, MESSAGES);
        return ((List<?>) register.get("entries")).stream().map(ImprovementRegisterTest::asMap).toList();
    }

    @Test
    void opportunitiesComeFirstThenTheOpenGapsInClauseOrder() {
        List<?> risks = List.of(
                Map.of("id", "risk-1", "type", "risk", "description", "A risk", "likelihood", "high", "impact", "high", "owner", MANAGER),
                Map.of("id", "opp-1", "ref", "OPP-01", "type", "opportunity", "description", "Automate requests", "likelihood", "medium",
                        "impact", "high", "treatment", "Pilot it", "owner", AUDITOR));
        List<Gap> gaps = List.of(new Gap("9.2", "missing", null), new Gap("6.1", "implemented", null),
                new Gap("8.2.6", "partial", "Servers only"), new Gap("8.2.5", "missing", null));

        List<Map<String, Object>> entries = entries("2018", risks, gaps, null);

        assertThat(entries).extracting(e -> e.get("ref")).containsExactly("IMP-01", "IMP-02", "IMP-03", "IMP-04");
        assertThat(entries).extracting(e -> e.get("kind")).containsExactly("opportunity", "gap", "gap", "gap");
        assertThat(entries.get(0)).containsEntry("riskId", "OPP-01").containsEntry("benefit", "high")
                .containsEntry("action", "Pilot it").containsEntry("owner", AUDITOR).containsEntry("planned", false);
        assertThat(entries.subList(1, 4)).extracting(e -> e.get("clause")).containsExactly("8.2.5", "8.2.6", "9.2");
        assertThat(entries.subList(1, 4)).extracting(e -> e.get("priority")).containsExactly("high", "medium", "high");
        assertThat(entries.get(2)).containsEntry("note", "Servers only").containsEntry("clauseTitle", "Title 8.2.6");
    }

    @Test
    void aGapIsPlannedByTheActivitiesThatBuildItOutAndOwnedByTheOwnerOfTheLastToEnd() {
        Map<String, Object> audit = entries("2018", List.of(), List.of(new Gap("9.2", "missing", null)), null).get(0);

        assertThat(audit.get("activities")).isEqualTo(List.of("P2-16", "P3-02"));
        assertThat(audit).containsEntry("effortDays", 14).containsEntry("owner", AUDITOR)
                .containsEntry("targetDate", "07.05.2026").containsEntry("planned", true).containsEntry("preventive", false);
    }

    @Test
    void aGapNoActivityBuildsOutIsOwnedByTheSmsManagerAndAwaitsEvaluation() {
        Map<String, Object> review = entries("2018", List.of(), List.of(new Gap("9.3", "partial", null)), null).get(0);

        assertThat(review).containsEntry("owner", MANAGER).containsEntry("planned", false)
                .doesNotContainKey("effortDays").doesNotContainKey("targetDate");
        assertThat(review.get("activities")).isEqualTo(List.of());
    }

    @Test
    void in2011AGapIsClosedByAPreventiveAction() {
        assertThat(entries("2011", List.of(), List.of(new Gap("9.2", "partial", null)), null).get(0)).containsEntry("preventive", true);
    }

    @Test
    void anActivityBuildsOutItsClauseTheClausesUnderItAndTheClauseAboveItButNoNeighbour() {
        assertThat(ImprovementRegister.buildsOut(List.of("8.2.5"), "8.2.5")).isTrue();
        assertThat(ImprovementRegister.buildsOut(List.of("7.5.1", "7.5.2"), "7.5")).isTrue();
        assertThat(ImprovementRegister.buildsOut(List.of("8.5"), "8.5.1.2")).isTrue();
        assertThat(ImprovementRegister.buildsOut(List.of("8.2.50"), "8.2.5")).isFalse();
        assertThat(ImprovementRegister.buildsOut(List.of("9.21"), "9.2")).isFalse();
        assertThat(ImprovementRegister.buildsOut(List.of(), "9.2")).isFalse();
    }

    @Test
    void starterRisksMarkTheirOpenDecision() {
        Map<String, Object> open = ImprovementRegister.of("2018", List.of(), List.of(), WORK, ACTIVITY_MAPS, clauseTitles(), MANAGER,
                "D-02", MESSAGES);
        Map<String, Object> decided = ImprovementRegister.of("2018", List.of(), List.of(), WORK, ACTIVITY_MAPS, clauseTitles(), MANAGER,
                null, MESSAGES);

        assertThat(open).containsEntry("risksMark", " (open decision D-02)").containsEntry("entries", List.of());
        assertThat(decided).containsEntry("risksMark", "");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
