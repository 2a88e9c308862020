package io.smsdocs.core.model;

import io.smsdocs.core.programme.DateConflict;
import io.smsdocs.core.programme.MilestoneKind;
import io.smsdocs.core.template.TemplateRepository;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A fixed date the plan cannot keep reads as one sentence in the set's language and names who holds the work back. */
class PlanConflictTextTest {

    private static final DateConflict MISSED = new DateConflict(DateConflict.Kind.MISSED, "POST-01", "Stage 1 certification audit",
            MilestoneKind.STAGE_1, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 5), "P3-05", LocalDate.of(2026, 11, 9),
            List.of("lead", "board", "third"));

    @Test
    void englishNamesTheTwoOwnersThatLoseMostDays() {
        String text = texts(Map.of()).conflict(MISSED, "Stage 1 certification audit", LocalDate::toString, role -> role + " (50%)");
        assertThat(text).isEqualTo("POST-01 Stage 1 certification audit starts on 2026-10-05, before P3-05 ends on 2026-11-09;"
                + " the work before it is held back by the capacity of lead (50%) and board (50%)");
    }

    @Test
    void aConflictNotCausedByCapacityNamesNoOwner() {
        DateConflict plain = new DateConflict(DateConflict.Kind.MISSED, "POST-01", "Stage 1", MilestoneKind.STAGE_1,
                LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 5), "P3-05", LocalDate.of(2026, 11, 9), List.of());
        assertThat(texts(Map.of()).conflict(plain, "Stage 1", LocalDate::toString, role -> role)).isEqualTo(plain.text());
    }

    @Test
    void germanUsesTheBundleAndTheSetsDates() {
        Map<String, String> german = TemplateRepository.create(null, null, false, getClass().getClassLoader()).messages("de", "2018");
        DisplayDates dates = DisplayDates.of(german);
        String text = texts(german).conflict(MISSED, "Zertifizierungsaudit Stufe 1", dates::format, role -> role);
        assertThat(text).isEqualTo("POST-01 Zertifizierungsaudit Stufe 1 beginnt am 05.10.2026, bevor P3-05 am 09.11.2026 endet;"
                + " die vorausgehende Arbeit ist durch die Kapazität dieser Verantwortlichen begrenzt: lead und board");
        DateConflict moved = new DateConflict(DateConflict.Kind.MOVED, "P3-03", "First management review", MilestoneKind.FIRST_MANAGEMENT_REVIEW,
                LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 19), null, null, List.of("lead"));
        assertThat(texts(german).conflict(moved, "Erste Managementbewertung", dates::format, role -> role))
                .isEqualTo("P3-03 Erste Managementbewertung verschiebt sich vom 05.10.2026 auf den 19.10.2026, weil die"
                        + " verantwortliche Rolle durch einen anderen festen Termin gebunden ist");
    }

    private static PlanTexts texts(Map<String, String> messages) {
        return new PlanTexts(messages, clause -> clause, "2018");
    }
}
