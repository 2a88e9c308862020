package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.model.Service;
import io.smsdocs.core.template.TemplateRepository;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The small rules of the registers: RACI letters, release windows, capitalisation as templates print it. */
class RegisterRulesTest {

    private static final Map<String, Object> TOP = Map.of("id", "ceo", "title", "Chief Executive");
    private static final Map<String, Object> MANAGER = Map.of("id", "smsm", "title", "SMS Manager");
    private static final Map<String, Object> OPS = Map.of("id", "ops", "title", "Operations Lead");

    @Test
    void theManagerIsConsultedAndTopManagementInformedOnProcessesOthersOwn() {
        List<Object> processes = List.of(process("a", OPS), process("b", MANAGER), process("c", TOP));
        List<?> rows = RaciMatrix.of(processes, TOP, MANAGER);
        assertThat(row(rows.get(0))).containsEntry("consulted", MANAGER).containsEntry("informed", TOP);
        assertThat(row(rows.get(1))).doesNotContainKey("consulted").containsEntry("informed", TOP);
        assertThat(row(rows.get(2))).containsEntry("consulted", MANAGER).doesNotContainKey("informed");

        // Where top management is the SMS manager, it is consulted already and not also informed.
        List<?> oneRole = RaciMatrix.of(processes, MANAGER, MANAGER);
        assertThat(row(oneRole.get(0))).containsEntry("consulted", MANAGER).doesNotContainKey("informed");
    }

    @Test
    void releaseWindowsFollowCriticalityAndServiceHours() {
        Map<String, String> messages = TemplateRepository.create(null, null, false, getClass().getClassLoader()).messages("de", "2018");
        List<?> rows = ReleaseWindows.of(List.of(service("high", "24x7"), service(null, "24x7"), service("low", "Mo–Fr 08:00–18:00")),
                messages);
        assertThat(row(rows.get(0))).containsEntry("criticality", "high")
                .containsEntry("window", "In einem noch zu vereinbarenden Wartungsfenster; Major-Releases erfordern die schriftliche Zustimmung des Kunden");
        assertThat(row(rows.get(1))).containsEntry("criticality", "medium").containsEntry("window", "In einem noch zu vereinbarenden Wartungsfenster");
        assertThat(row(rows.get(2)))
                .containsEntry("window", "Außerhalb der Servicezeiten (Mo.–Fr. 08:00–18:00 Uhr)");
    }

    @Test
    void capFirstCapitalisesTheFirstLetterAfterLeadingSpace() {
        assertThat(ProgrammeModel.capFirst("within 12 months")).isEqualTo("Within 12 months");
        assertThat(ProgrammeModel.capFirst("  über")).isEqualTo("  Über");
        assertThat(ProgrammeModel.capFirst("")).isEmpty();
        assertThat(ProgrammeModel.capFirst(null)).isNull();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(Object row) {
        return (Map<String, Object>) row;
    }

    private static Object process(String id, Map<String, Object> owner) {
        return Map.of("id", id, "name", id, "clause", "8", "owner", owner);
    }

    private static Service service(String criticality, String hours) {
        return new Service("s", "Service", null, "ops", List.of(), List.of(), hours, BigDecimal.ONE, criticality, null);
    }
}
