package io.smsdocs.core.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One row per supplier, external and internal apart, with the services it supports and their criticality, and its
 * next review: the register's effective date plus the interval the criticality rule gives it, or, for a draft, a
 * phrase that counts from approval.
 */
class SupplierRegisterTest {

    private static final Map<String, String> MESSAGES = Map.of(
            "supplierRegister.noService", "None in the catalogue",
            "supplierRegister.serviceWithCriticality", "{0} ({1})",
            "criticality.high", "high", "criticality.medium", "medium",
            "supplierRegister.firstReview.quarterly", "Within three months of approval",
            "supplierRegister.firstReview.six-monthly", "Within six months of approval");
    private static final DisplayDates DATES = DisplayDates.of(Map.of());

    private static Map<String, Object> supplier(String id, String type, List<?> services) {
        return Map.of("id", id, "name", id.toUpperCase(), "type", type, "services", services);
    }

    private static Map<String, Object> service(String name, String criticality) {
        return Map.of("id", name.toLowerCase(), "name", name, "criticality", criticality);
    }

    private static List<Map<String, Object>> rows(Map<String, Object> register, String key) {
        return ((List<?>) register.get(key)).stream().map(SupplierRegisterTest::asMap).toList();
    }

    @Test
    void externalAndInternalSuppliersApartWithTheirServicesAndNextReview() {
        Map<String, Object> register = SupplierRegister.of(List.of(
                supplier("vendor", "external", List.of(service("Records", "high"), service("Office", "medium"))),
                supplier("estates", "internal", List.of(service("Office", "medium"))),
                supplier("idle", "external", List.of())), LocalDate.of(2026, 1, 15), MESSAGES, DATES);

        assertThat(rows(register, "external")).extracting(r -> asMap(r.get("supplier")).get("id")).containsExactly("vendor", "idle");
        assertThat(rows(register, "internal")).extracting(r -> asMap(r.get("supplier")).get("id")).containsExactly("estates");
        assertThat(rows(register, "external").get(0)).containsEntry("services", "Records (high); Office (medium)")
                .containsEntry("nextReview", "2026-04-15");
        assertThat(rows(register, "internal").get(0)).containsEntry("nextReview", "2026-07-15");
        // A supplier of no service in the catalogue is reviewed as for a low-criticality one.
        assertThat(rows(register, "external").get(1)).containsEntry("services", "None in the catalogue")
                .containsEntry("nextReview", "2026-07-15");
        assertThat(register).containsEntry("dated", true);
    }

    @Test
    void aDraftRegisterCountsTheFirstReviewFromApproval() {
        Map<String, Object> register = SupplierRegister.of(List.of(
                supplier("vendor", "external", List.of(service("Records", "high")))), null, MESSAGES, DATES);

        assertThat(rows(register, "external").get(0)).containsEntry("nextReview", "Within three months of approval");
        assertThat(register).containsEntry("dated", false);
    }

    @Test
    void everyReviewFrequencyOfTheRuleHasAnInterval() {
        for (Criticality criticality : Criticality.values()) {
            assertThat(SupplierRegister.REVIEW_MONTHS).containsKey(criticality.supplierReview());
        }
        assertThat(SupplierRegister.reviewFrequencyKey(List.of("low", "high"))).isEqualTo("quarterly");
        assertThat(SupplierRegister.reviewFrequencyKey(List.of())).isEqualTo(Criticality.LOW.supplierReview());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
