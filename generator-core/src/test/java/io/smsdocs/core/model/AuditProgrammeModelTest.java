package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.model.Gap;
import io.smsdocs.core.descriptor.model.Service;
import io.smsdocs.core.standard.ProcessCatalogue;
import io.smsdocs.core.standard.ProcessDefinition;
import io.smsdocs.core.template.TemplateRepository;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit programme is rated and spread once, in the set's language. */
class AuditProgrammeModelTest {

    private static final Map<String, Object> TOP = Map.of("id", "ceo", "title", "Chief Executive");
    private static final Map<String, Object> MANAGER = Map.of("id", "smsm", "title", "SMS Manager");
    private static final Map<String, Object> OPS = Map.of("id", "ops", "title", "Operations Lead");

    @Test
    void coreAreasAreAuditedEveryYearAndTheRestInTurn() {
        Map<String, Object> programme = programme("en", "2018", List.of(), List.of());
        List<Map<String, Object>> rows = rows(programme);

        // Three management-system areas, every process, then the checks of the SMS.
        assertThat(rows).hasSize(3 + ProcessCatalogue.all().size() + 1);
        assertThat(rows.get(0)).containsEntry("name", "Context, leadership and planning").containsEntry("owner", TOP)
                .containsEntry("rating", "Higher").containsEntry("reason", "governs the whole SMS").containsEntry("higher", true);
        assertThat(rows.get(1)).containsEntry("rating", "Standard").containsEntry("reason", "no specific risk identified")
                .containsEntry("years", List.of(true, false, false)).containsEntry("owner", MANAGER);
        assertThat(rows.get(2)).containsEntry("years", List.of(false, true, false));
        assertThat(row(rows, "Change management")).containsEntry("rating", "Higher")
                .containsEntry("reason", "direct effect on service delivery or information security").containsEntry("core", true);
        assertThat(rows.get(rows.size() - 1)).containsEntry("clauseText", "9.1–9.3, 10").containsEntry("higher", true);

        long higher = rows.stream().filter(r -> (Boolean) r.get("higher")).count();
        assertThat(programme.get("higherCount")).isEqualTo((int) higher);
        assertThat(higher).isEqualTo(2 + AuditProgrammeModel.CORE_PROCESSES.size());
        @SuppressWarnings("unchecked")
        List<Integer> years = (List<Integer>) programme.get("yearCount");
        assertThat(years.stream().mapToInt(Integer::intValue).sum()).isEqualTo((int) (3 * higher + (rows.size() - higher)));
    }

    @Test
    void eachRowNamesItsAuditorOrAnExternalOne() {
        List<Map<String, Object>> rows = rows(programme("en", "2018", List.of(), List.of()));
        assertThat(rows.get(0)).containsEntry("key", "leadership").containsEntry("auditor", MANAGER)
                .containsEntry("auditorName", "SMS Manager").containsEntry("independent", true);
        assertThat(rows.get(1)).containsEntry("key", "support").doesNotContainKey("auditor")
                .containsEntry("auditorName", "External auditor");
        assertThat(rows(programme("de", "2018", List.of(), List.of())).get(1)).containsEntry("auditorName", "Externer Auditor");
    }

    @Test
    void anOpenGapOnTheClauseOrAboveOrBelowItRaisesTheRating() {
        List<Gap> gaps = List.of(new Gap("7.5", "partial", null), new Gap("8.2", "missing", null), new Gap("8.5.1", "implemented", null));
        List<Map<String, Object>> rows = rows(programme("en", "2018", gaps, List.of()));

        // 7.5 is below the support area's clause 7; 8.2 is above 8.2.1 of the operation area.
        assertThat(rows.get(1)).containsEntry("rating", "Higher").containsEntry("reason", "gap analysis: partial")
                .containsEntry("years", List.of(true, true, true));
        assertThat(rows.get(2)).containsEntry("reason", "gap analysis: missing");
        // An implemented clause is no finding: change management keeps its own reason only.
        assertThat(row(rows, "Change management")).containsEntry("reason", "direct effect on service delivery or information security");
        assertThat(AuditProgrammeModel.gapFor(List.of("8.5.1.2"), List.of(new Gap("8.5.1", "missing", null)))).isEqualTo("missing");
        assertThat(AuditProgrammeModel.gapFor(List.of("8.5"), List.of(new Gap("8.50", "missing", null)))).isNull();
    }

    @Test
    void availabilityIsHigherRiskOnlyForHighCriticalityServices() {
        Service high = new Service("s", "Payroll", null, "ops", List.of(), List.of(), null, BigDecimal.ONE, "high", null);
        Service medium = new Service("s", "Payroll", null, "ops", List.of(), List.of(), null, BigDecimal.ONE, null, null);
        assertThat(row(rows(programme("en", "2018", List.of(), List.of(high))), "Service availability management"))
                .containsEntry("rating", "Higher").containsEntry("reason", "supports services rated high criticality");
        assertThat(row(rows(programme("en", "2018", List.of(), List.of(medium))), "Service availability management"))
                .containsEntry("rating", "Standard");
    }

    @Test
    void in2011DesignAndTransitionIsTheClause5AreaOwnedByItsProcessOwner() {
        List<Map<String, Object>> rows = rows(programme("en", "2011", List.of(), List.of()));
        assertThat(rows).extracting(r -> r.get("name")).doesNotContain("Service design and transition");
        assertThat(rows.get(3)).containsEntry("name", "Design and transition of new or changed services")
                .containsEntry("clauseText", "5").containsEntry("owner", OPS);
        assertThat(rows).hasSize(4 + ProcessCatalogue.all().size() - 1 + 1);
    }

    @Test
    void wordsComeFromTheSetsLanguage() {
        List<Gap> gaps = List.of(new Gap("7", "missing", null));
        List<Map<String, Object>> rows = rows(programme("de", "2018", gaps, List.of()));
        assertThat(rows.get(0)).containsEntry("name", "Kontext der Organisation, Führung und Planung").containsEntry("rating", "Erhöht");
        assertThat(rows.get(1)).containsEntry("reason", "Gap-Analyse: nicht umgesetzt");
        assertThat(rows.get(2)).containsEntry("rating", "Normal").containsEntry("reason", "kein besonderes Risiko festgestellt");
    }

    private static Map<String, Object> programme(String language, String edition, List<Gap> gaps, List<Service> services) {
        Map<String, String> messages = TemplateRepository.create(null, null, false, AuditProgrammeModelTest.class.getClassLoader())
                .messages(language, edition);
        List<Object> processes = ProcessCatalogue.all().stream().map(p -> (Object) process(p, edition)).toList();
        List<AuditorChoice.Assignment> auditors = List.of(new AuditorChoice.Assignment("leadership", "ceo", "smsm", false),
                new AuditorChoice.Assignment("support", "smsm", null, false));
        return new AuditProgrammeModel(edition, processes, TOP, MANAGER, services, gaps, auditors, List.of("smsm"),
                Map.of("ceo", TOP, "smsm", MANAGER, "ops", OPS), messages).model();
    }

    private static Map<String, Object> process(ProcessDefinition definition, String edition) {
        return Map.of("id", definition.id(), "name", definition.nameIn(edition), "clause", definition.clauseIn(edition),
                "owner", definition.id().equals("service-design-and-transition") ? OPS : MANAGER);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> programme) {
        return (List<Map<String, Object>>) programme.get("rows");
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String name) {
        return rows.stream().filter(r -> name.equals(r.get("name"))).findFirst().orElseThrow();
    }
}
