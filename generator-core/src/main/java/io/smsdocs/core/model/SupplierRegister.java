package io.smsdocs.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The supplier and contract register (2018 8.3.4; 2011 7.2 and 6.1), exposed as {@code supplierRegister}: one row
 * per supplier, external suppliers (under contracts) and internal ones (under agreements) apart. A row holds the
 * supplier's model map ({@code supplier}: name, provides, manager, reference with the open decision when it is not
 * recorded, agreementDocument ...), the services it supports with their criticality ({@code services}), how often it
 * is reviewed
 * ({@code reviewFrequency}, the criticality rule) and when its next review is due ({@code nextReview}, and as an ISO
 * date {@code nextReviewIso} when the register has an effective date): the
 * register's effective date plus the review interval, or, while the register takes effect on approval, "within
 * three months of approval".
 */
final class SupplierRegister {

    /** Months between two reviews, for each review frequency of the criticality rule ({@link Criticality#supplierReview}). */
    static final Map<String, Integer> REVIEW_MONTHS = Map.of("monthly", 1, "quarterly", 3, "six-monthly", 6);

    private SupplierRegister() {
    }

    /**
     * @param suppliers     the supplier maps of the model (Parties), in the descriptor's order
     * @param effectiveDate the register's effective date, or null while it takes effect on approval
     */
    static Map<String, Object> of(List<Map<String, Object>> suppliers, LocalDate effectiveDate, Map<String, String> messages,
                                  DisplayDates dates) {
        List<Object> external = new ArrayList<>();
        List<Object> internal = new ArrayList<>();
        for (Map<String, Object> supplier : suppliers) {
            Map<String, Object> row = row(supplier, effectiveDate, messages, dates);
            ("internal".equals(supplier.get("type")) ? internal : external).add(row);
        }
        return TemplateModelFactory.map("external", List.copyOf(external), "internal", List.copyOf(internal),
                "dated", effectiveDate != null);
    }

    private static Map<String, Object> row(Map<String, Object> supplier, LocalDate effectiveDate, Map<String, String> messages,
                                           DisplayDates dates) {
        List<String> criticalities = services(supplier).stream().map(s -> (String) s.get("criticality")).toList();
        String frequency = reviewFrequencyKey(criticalities);
        return TemplateModelFactory.map("supplier", supplier, "services", servicesText(supplier, messages),
                "reviewFrequency", supplier.get("reviewFrequency"),
                "nextReview", nextReview(frequency, effectiveDate, messages, dates),
                "nextReviewIso", effectiveDate == null ? null : effectiveDate.plusMonths(REVIEW_MONTHS.get(frequency)).toString());
    }

    /**
     * The review frequency the criticality rule gives a supplier of services of these criticalities: that of the most
     * critical; a supplier of no service in the catalogue is reviewed as for a low-criticality one.
     */
    static String reviewFrequencyKey(List<String> criticalities) {
        return ServiceLevels.mostCritical(criticalities).supplierReview();
    }

    /** The first review after the register takes effect: its effective date plus the interval, or a phrase for a draft. */
    static String nextReview(String frequencyKey, LocalDate effectiveDate, Map<String, String> messages, DisplayDates dates) {
        if (effectiveDate == null) {
            return text(messages, "supplierRegister.firstReview." + frequencyKey);
        }
        return dates.format(effectiveDate.plusMonths(REVIEW_MONTHS.get(frequencyKey)));
    }

    /** "Electronic Patient Record (high); PACS Imaging (high)", or the words for none. */
    private static String servicesText(Map<String, Object> supplier, Map<String, String> messages) {
        List<Map<?, ?>> services = services(supplier);
        if (services.isEmpty()) {
            return text(messages, "supplierRegister.noService");
        }
        List<String> entries = new ArrayList<>();
        for (Map<?, ?> service : services) {
            String criticality = (String) service.get("criticality");
            entries.add(text(messages, "supplierRegister.serviceWithCriticality").replace("{0}", String.valueOf(service.get("name")))
                    .replace("{1}", messages.getOrDefault("criticality." + criticality, String.valueOf(criticality))));
        }
        return String.join("; ", entries);
    }

    private static List<Map<?, ?>> services(Map<String, Object> supplier) {
        return ((List<?>) supplier.getOrDefault("services", List.of())).stream().<Map<?, ?>>map(s -> (Map<?, ?>) s).toList();
    }

    private static String text(Map<String, String> messages, String key) {
        return messages.getOrDefault(key, key);
    }
}
