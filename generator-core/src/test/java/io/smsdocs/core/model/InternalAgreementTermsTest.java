package io.smsdocs.core.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The levels an internal supplier commits to come from the services it supports, never from nowhere: the highest
 * availability target among them (with its open-decision mark), the shortest recovery time objective, round-the-clock
 * cover when one of them runs round the clock; the escalation names each role once.
 */
class InternalAgreementTermsTest {

    private static final Map<String, Object> MANAGER = Map.of("id", "estates-lead", "title", "Estates Liaison");
    private static final Map<String, Object> SUPPLIER_OWNER = Map.of("id", "supplier-manager", "title", "Supplier Manager");
    private static final Map<String, Object> TOP = Map.of("id", "cio", "title", "Chief Information Officer");
    private static final Map<String, String> MESSAGES = Map.of("decision.mark", "(open decision {0})",
            "internalAgreement.escalation.manager", "level 2", "internalAgreement.escalation.supplierManagement", "level 3",
            "internalAgreement.escalation.top", "level 4");

    private static Map<String, Map<String, Object>> services() {
        Map<String, Map<String, Object>> services = new LinkedHashMap<>();
        services.put("epr", Map.of("id", "epr", "name", "Patient Record", "availabilityTarget", new BigDecimal("99.9"),
                "targetMark", "", "rtoHours", new BigDecimal("2"), "rto", "2 hours", "roundTheClock", true));
        services.put("office", Map.of("id", "office", "name", "Office", "availabilityTarget", new BigDecimal("99.95"),
                "targetMark", " (open decision D-09)", "rtoHours", new BigDecimal("8"), "rto", "8 hours", "roundTheClock", false));
        return services;
    }

    private static Map<String, Object> terms(List<String> serviceIds, Object manager, String prioritiesDecision) {
        Map<String, Object> supplier = new LinkedHashMap<>(Map.of("id", "estates", "services",
                serviceIds.stream().map(id -> (Object) Map.of("id", id)).toList()));
        supplier.put("manager", manager);
        return asMap(InternalAgreementTerms.of(List.of(supplier), services(), SUPPLIER_OWNER, TOP, prioritiesDecision, MESSAGES)
                .get("estates"));
    }

    @Test
    void theLevelsFollowTheMostDemandingServiceItSupports() {
        Map<String, Object> terms = terms(List.of("epr", "office"), MANAGER, "D-03");

        assertThat(asMap(terms.get("availability"))).containsEntry("target", new BigDecimal("99.95"))
                .containsEntry("service", "Office").containsEntry("mark", " (open decision D-09)");
        assertThat(asMap(terms.get("restoration"))).containsEntry("rto", "2 hours").containsEntry("service", "Patient Record");
        assertThat(terms.get("roundTheClock")).isEqualTo(true);
        assertThat(terms.get("prioritiesMark")).isEqualTo(" (open decision D-03)");
    }

    @Test
    void noServiceSupportedMeansNoDerivedLevel() {
        Map<String, Object> terms = terms(List.of(), MANAGER, null);

        assertThat(terms.get("services")).isEqualTo(List.of());
        assertThat(terms).doesNotContainKey("availability").doesNotContainKey("restoration");
        assertThat(terms.get("roundTheClock")).isEqualTo(false);
        assertThat(terms.get("prioritiesMark")).isEqualTo("");
    }

    @Test
    void aRoleThatHoldsTwoLevelsOfTheEscalationIsNamedOnceAtTheFirst() {
        List<?> distinct = (List<?>) terms(List.of("epr"), MANAGER, null).get("escalation");
        List<?> shared = (List<?>) terms(List.of("epr"), SUPPLIER_OWNER, null).get("escalation");

        assertThat(distinct).extracting(l -> asMap(l).get("level")).containsExactly(2, 3, 4);
        assertThat(shared).extracting(l -> asMap(asMap(l).get("role")).get("id")).containsExactly("supplier-manager", "cio");
        assertThat(shared).extracting(l -> asMap(l).get("when")).containsExactly("level 2", "level 4");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
