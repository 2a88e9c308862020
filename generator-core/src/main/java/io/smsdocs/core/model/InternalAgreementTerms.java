package io.smsdocs.core.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service levels an internal supplier commits to in its internal agreement, derived from the services it
 * supports rather than invented, and the escalation route at the provider's side. Exposed as
 * {@code internalAgreements}, by supplier id:
 * <ul>
 * <li>services: the services it supports (the full service maps: hours, target and its open-decision mark, RTO);</li>
 * <li>roundTheClock: one of them runs round the clock, so its cover must too;</li>
 * <li>availability: the highest availability target among them ({@code target}, {@code service}, {@code mark}):
 * a contribution less available than the service it supports would use up that service's allowance alone;</li>
 * <li>restoration: the shortest recovery time objective among them ({@code rto}, {@code service}): its part must be
 * back in time for each service to be recovered within its own objective;</li>
 * <li>prioritiesMark: " (open decision D-03)" while the starter incident priority scheme stands in, else empty;</li>
 * <li>escalation: after the service desk (level 1), the supplier's relationship manager, the owner of supplier
 * management and top management, a role that holds two of these named once at its first level.</li>
 * </ul>
 * A supplier that supports no service in the catalogue has no services and no derived levels.
 */
final class InternalAgreementTerms {

    private InternalAgreementTerms() {
    }

    /**
     * @param internalSuppliers the internal suppliers as templates see them
     * @param servicesById      the service maps, extended with their service levels
     */
    static Map<String, Object> of(List<?> internalSuppliers, Map<String, Map<String, Object>> servicesById,
                                  Map<String, Object> supplierManagementOwner, Map<String, Object> topManagement,
                                  String prioritiesDecision, Map<String, String> messages) {
        String prioritiesMark = prioritiesDecision == null ? ""
                : " " + messages.getOrDefault("decision.mark", "(open decision {0})").replace("{0}", prioritiesDecision);
        Map<String, Object> terms = new LinkedHashMap<>();
        for (Object value : internalSuppliers) {
            Map<?, ?> supplier = (Map<?, ?>) value;
            terms.put((String) supplier.get("id"), terms(supplier, servicesById, supplierManagementOwner, topManagement, prioritiesMark, messages));
        }
        return java.util.Collections.unmodifiableMap(terms);
    }

    private static Map<String, Object> terms(Map<?, ?> supplier, Map<String, Map<String, Object>> servicesById,
                                             Map<String, Object> supplierManagementOwner, Map<String, Object> topManagement,
                                             String prioritiesMark, Map<String, String> messages) {
        List<Map<String, Object>> services = ((List<?>) supplier.get("services")).stream()
                .map(ref -> servicesById.get((String) ((Map<?, ?>) ref).get("id"))).toList();
        Map<String, Object> mostAvailable = null;
        Map<String, Object> fastestRecovery = null;
        for (Map<String, Object> service : services) {
            if (mostAvailable == null || decimal(service, "availabilityTarget").compareTo(decimal(mostAvailable, "availabilityTarget")) > 0) {
                mostAvailable = service;
            }
            if (fastestRecovery == null || decimal(service, "rtoHours").compareTo(decimal(fastestRecovery, "rtoHours")) < 0) {
                fastestRecovery = service;
            }
        }
        return TemplateModelFactory.map("services", List.copyOf(services),
                "roundTheClock", services.stream().anyMatch(s -> Boolean.TRUE.equals(s.get("roundTheClock"))),
                "availability", mostAvailable == null ? null : TemplateModelFactory.map("target", mostAvailable.get("availabilityTarget"),
                        "service", mostAvailable.get("name"), "mark", mostAvailable.get("targetMark")),
                "restoration", fastestRecovery == null ? null : TemplateModelFactory.map("rto", fastestRecovery.get("rto"),
                        "service", fastestRecovery.get("name")),
                "prioritiesMark", prioritiesMark,
                "escalation", escalation(supplier.get("manager"), supplierManagementOwner, topManagement, messages));
    }

    /** Levels 2 and up at the provider's side: a role that holds two of them is named once, at its first level. */
    static List<Object> escalation(Object manager, Object supplierManagementOwner, Object topManagement, Map<String, String> messages) {
        Object[][] chain = {{manager, "manager"}, {supplierManagementOwner, "supplierManagement"}, {topManagement, "top"}};
        return EscalationLevels.of(chain, key -> messages.getOrDefault("internalAgreement.escalation." + key, "internalAgreement.escalation." + key));
    }

    private static BigDecimal decimal(Map<String, Object> service, String key) {
        Object value = service.get(key);
        return value instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(value));
    }
}
