package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.ServiceHours;
import io.smsdocs.core.descriptor.model.Descriptor;
import io.smsdocs.core.descriptor.model.Service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The service decisions in one place: what the criticality of a service commits it to ({@link Criticality}:
 * recovery time and recovery point objectives unless the service sets its own, the availability target while
 * the continuity plan is invoked, the recovery test and how often, the functions that may be reduced in
 * recovery, the capacity headroom, how often its customers and suppliers are reviewed), whether it runs round
 * the clock, and the words the set's language uses for all of these. Computed once per service and added to
 * the service map, and once per customer and supplier (the review frequency of the most critical service it
 * receives or supports); the rule itself, one row per criticality, is {@code serviceLevels.rules}, with the
 * review rules as sentences. The documents state the rule; this class is the only place that applies it.
 */
final class ServiceLevels {


    private final Map<String, String> messages;
    private final Locale locale;
    private final Map<Criticality, Map<String, Object>> rules = new LinkedHashMap<>();
    private final Map<String, Object> incidentOwner;
    private final Map<String, Object> relationshipOwner;
    private final Map<String, Object> topManagement;

    ServiceLevels(Descriptor descriptor, Map<String, Map<String, Object>> roles, Map<String, String> messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.incidentOwner = roles.get(descriptor.processes().get("incident-management").owner());
        this.relationshipOwner = roles.get(descriptor.processes().get("business-relationship-management").owner());
        this.topManagement = roles.get(descriptor.sms().topManagement());
        for (Criticality c : Criticality.values()) {
            rules.put(c, rule(c));
        }
    }

    /**
     * The template model: the rule, one row per criticality, high first, each row by its criticality
     * (serviceLevels.high), and the review rules as phrases ("quarterly for suppliers of a high-criticality
     * service, otherwise every six months").
     */
    Map<String, Object> model() {
        return TemplateModelFactory.map("rules", List.copyOf(rules.values()), "high", rules.get(Criticality.HIGH),
                "medium", rules.get(Criticality.MEDIUM), "low", rules.get(Criticality.LOW),
                "customerReviewRule", reviewRule("customer", Criticality::customerReview),
                "supplierReviewRule", reviewRule("supplier", Criticality::supplierReview));
    }

    /** How often a supplier that supports services of these criticalities is reviewed: that of the most critical. */
    String supplierReview(List<String> criticalities) {
        return frequency(mostCritical(criticalities).supplierReview());
    }

    /** How often a customer that receives services of these criticalities has a service review: that of the most critical. */
    String customerReview(List<String> criticalities) {
        return frequency(mostCritical(criticalities).customerReview());
    }

    /** A party that deals with no service in the catalogue is reviewed as for the least critical one. */
    static Criticality mostCritical(List<String> criticalities) {
        Criticality highest = Criticality.highest(criticalities);
        return highest == null ? Criticality.LOW : highest;
    }

    /**
     * The rule as one phrase: the criticalities that share a frequency are grouped, each group but the last is
     * named by its least critical member ("for suppliers of a service of medium or high criticality"; the groups
     * before it have already taken the more critical services), and the last is "otherwise".
     */
    String reviewRule(String party, java.util.function.Function<Criticality, String> frequencyOf) {
        List<List<Criticality>> groups = new ArrayList<>();
        for (Criticality c : Criticality.values()) {
            if (!groups.isEmpty() && frequencyOf.apply(groups.get(groups.size() - 1).get(0)).equals(frequencyOf.apply(c))) {
                groups.get(groups.size() - 1).add(c);
            } else {
                groups.add(new ArrayList<>(List.of(c)));
            }
        }
        if (groups.size() == 1) {
            return format("reviewRule.all", frequency(frequencyOf.apply(groups.get(0).get(0))));
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Criticality> group = groups.get(i);
            String frequency = frequency(frequencyOf.apply(group.get(0)));
            parts.add(i == groups.size() - 1 ? format("reviewRule.otherwise", frequency)
                    : format("reviewRule." + party + "." + group.get(group.size() - 1).key(), frequency));
        }
        return String.join(", ", parts);
    }

    private String frequency(String key) {
        return text("reviewFrequency." + key);
    }

    /**
     * The service map with the values its criticality, hours and target give it; rto and rpo are the service's own
     * where it sets them (rtoSource, rpoSource: "service" or "rule", recoveryBasis says so in words).
     */
    Map<String, Object> extend(Map<String, Object> serviceMap, Service service) {
        Criticality c = Criticality.of(service.criticality());
        Map<String, Object> extended = new LinkedHashMap<>(serviceMap);
        extended.putAll(rules.get(c));
        RecoveryObjectives objectives = RecoveryObjectives.of(service);
        extended.put("rtoHours", objectives.rtoHours());
        extended.put("rto", hours(objectives.rtoHours()));
        extended.put("rtoSource", objectives.rtoOwn() ? "service" : "rule");
        extended.put("rpoHours", objectives.rpoHours());
        extended.put("rpo", hours(objectives.rpoHours()));
        extended.put("rpoSource", objectives.rpoOwn() ? "service" : "rule");
        extended.put("recoveryBasis", text("recoveryBasis." + (objectives.rtoOwn() ? "own" : "rule") + "." + (objectives.rpoOwn() ? "own" : "rule")));
        BigDecimal target = service.availabilityTarget();
        extended.put("invokedTarget", target != null && target.compareTo(c.invokedTarget()) < 0 ? target : c.invokedTarget());
        var weekly = ServiceHours.perWeek(service.hours());
        extended.put("roundTheClock", ServiceHours.roundTheClock(service.hours()));
        if (weekly.isEmpty() && target != null) {
            // Hours in no form we read: the share of the agreed hours, in the set's language and number format.
            extended.put("allowedDowntime", format("downtimeShare", decimal(BigDecimal.valueOf(100).subtract(target))));
        }
        List<Object> external = new ArrayList<>();
        List<Object> internal = new ArrayList<>();
        for (Object supplier : (List<?>) serviceMap.getOrDefault("suppliers", List.of())) {
            Object type = ((Map<?, ?>) supplier).get("type");
            if ("external".equals(type)) {
                external.add(supplier);
            } else if ("internal".equals(type)) {
                internal.add(supplier);
            }
        }
        extended.put("externalSuppliers", Collections.unmodifiableList(external));
        extended.put("internalSuppliers", Collections.unmodifiableList(internal));
        extended.put("externalSupplierList", supplierList(external));
        extended.put("internalSupplierList", supplierList(internal));
        extended.put("escalation", escalation(serviceMap.get("owner")));
        return Collections.unmodifiableMap(extended);
    }

    /**
     * Where a customer of the service escalates after the service desk (level 1): the incident manager, the
     * service owner, the relationship manager, top management; a role that holds two of these is named once,
     * at its first level.
     */
    private List<Object> escalation(Object serviceOwner) {
        Object[][] chain = {{incidentOwner, "incident"}, {serviceOwner, "service"}, {relationshipOwner, "relationship"}, {topManagement, "dispute"}};
        return EscalationLevels.of(chain, key -> text("escalation." + key));
    }

    /** "Fabrikam Cloud (hosting); Litware (WAN links)", or the set's word for none. */
    private String supplierList(List<Object> suppliers) {
        if (suppliers.isEmpty()) {
            return text("none");
        }
        List<String> entries = new ArrayList<>();
        for (Object supplier : suppliers) {
            Object name = ((Map<?, ?>) supplier).get("name");
            Object provides = ((Map<?, ?>) supplier).get("provides");
            entries.add(provides == null || provides.toString().isEmpty() ? String.valueOf(name) : name + " (" + provides + ")");
        }
        return String.join("; ", entries);
    }

    private Map<String, Object> rule(Criticality c) {
        String key = c.key();
        return TemplateModelFactory.map(
                "criticalityLevel", key,
                "criticalityName", messages.getOrDefault("criticality." + key, key),
                "criticalityWord", messages.getOrDefault("word." + key, capFirst(key)),
                "rtoHours", c.rtoHours(), "rto", hours(c.rtoHours()),
                "rpoHours", c.rpoHours(), "rpo", hours(c.rpoHours()),
                "invokedTarget", c.invokedTarget(),
                "recoveryTest", text("continuity.test." + key),
                "testFrequency", text("continuity.testFrequency." + key),
                "reducedFunctions", text("continuity.reducedFunctions." + key),
                "headroom", c.headroomPercent(),
                "monthlyReview", "monthly".equals(c.customerReview()),
                "customerReview", frequency(c.customerReview()),
                "supplierReview", frequency(c.supplierReview()),
                "availabilityAuditedYearly", c.availabilityAuditedYearly());
    }

    /** "4 hours", "1 hour", or "15 minutes" for less than an hour, as the set's language writes a duration given in hours. */
    private String hours(BigDecimal hours) {
        BigDecimal minutes = hours.multiply(BigDecimal.valueOf(60));
        if (hours.compareTo(BigDecimal.ONE) < 0 && minutes.stripTrailingZeros().scale() <= 0) {
            return format("durationMinutes", minutes.stripTrailingZeros());
        }
        return format("durationHours", hours);
    }

    private String decimal(BigDecimal number) {
        return LocalNumbers.decimal(number, locale);
    }

    private String text(String key) {
        return messages.getOrDefault(key, key);
    }

    private String format(String key, Object... arguments) {
        return LocalMessages.format(messages, locale, key, arguments);
    }

    static String capFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
