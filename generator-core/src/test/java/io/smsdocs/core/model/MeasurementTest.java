package io.smsdocs.core.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import static io.smsdocs.core.model.ServiceModelFixture.model;
import static org.assertj.core.api.Assertions.assertThat;

/** The measures, review frequencies and data sources of the monitoring and measurement procedure. */
class MeasurementTest {

    @Test
    void reviewFrequenciesAreWordsOfTheSetsLanguage() {
        Map<String, String> german = Map.of("word.every-six-months", "Halbjährlich", "word.annually", "Jährlich");
        assertThat(Measurement.frequency("every six months", german)).isEqualTo("Halbjährlich");
        assertThat(Measurement.frequency("Semi-annually", german)).isEqualTo("Halbjährlich");
        assertThat(Measurement.frequency("yearly", german)).isEqualTo("Jährlich");
        assertThat(Measurement.frequency("fortnightly", german)).isEqualTo("Fortnightly");
        assertThat(Measurement.frequency("every six months", Map.of())).isEqualTo("Every six months");
    }

    @Test
    void eachProcessHasItsMainMeasureOrTheDefault() {
        Map<?, ?> measurement = (Map<?, ?>) model("en", "2018", true, "boss").get("measurement");
        List<?> rows = (List<?>) measurement.get("processes");
        assertThat(rows).hasSize(19);
        Map<?, ?> capacity = rows.stream().map(r -> (Map<?, ?>) r)
                .filter(r -> "capacity-management".equals(ServiceModelFixture.roleId(r, "process"))).findFirst().orElseThrow();
        assertThat(capacity.get("measure")).isEqualTo("Capacity thresholds breached without a prior warning (target none)");
        assertThat(capacity.get("review")).isEqualTo("Every six months");
    }

    @Test
    void dataSourcesAreGroupedByTool() {
        assertThat(((Map<?, ?>) model("en", "2018", true, "boss").get("measurement")).get("dataSources")).isEqualTo(
                "Desk for incidents and capacity; the service management tool (open decision D-03) for service requests, problems, changes, availability,"
                        + " customer satisfaction, complaints and costs");
        assertThat(((Map<?, ?>) model("de", "2018", true, "boss").get("measurement")).get("dataSources")).isEqualTo(
                "Desk für Incidents und Kapazität; das Servicemanagement-Tool (offene Entscheidung D-03) für Service Requests, Probleme, Änderungen, Verfügbarkeit,"
                        + " Kundenzufriedenheit, Beschwerden und Kosten");
    }

    @Test
    void longListsAreNeverCutShort() {
        List<String> names = IntStream.rangeClosed(1, 1013).mapToObj(i -> "S" + i).toList();
        assertThat(AndList.of(names, Map.of("and", "und"), Locale.GERMAN)).startsWith("S1, S2, ").contains(", S1012 und S1013")
                .doesNotContain("weitere");
        assertThat(AndList.of(List.of("A", "B", "C"), Map.of("and", "and"), Locale.ROOT)).isEqualTo("A, B and C");
    }
}
