package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.ServiceHours;
import io.smsdocs.core.descriptor.model.Customer;
import io.smsdocs.core.descriptor.model.Descriptor;
import io.smsdocs.core.descriptor.model.Service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.smsdocs.core.model.TemplateModelFactory.map;

/**
 * The business impact analysis of every service, by the rule docs/descriptor.md states, exposed to templates as
 * {@code businessImpact}. For each outage duration of {@link Criticality#IMPACT_CHECKPOINT_HOURS}, counted in
 * hours of service:
 * <ul>
 *   <li>the impact on operations is its criticality's row ({@link Criticality#impactOverTime()});</li>
 *   <li>the impact on obligations compares the duration with the unplanned downtime its availability target allows
 *       over its service hours in a month and in a year;</li>
 *   <li>the impact on reputation is that on operations when the outage is widely seen (three or more customers, or
 *       any external one), one level lower otherwise.</li>
 * </ul>
 * The maximum tolerable outage is its criticality's; the recovery objectives are the service's own (the values
 * the continuity plan prints), so the analysis shows that each RTO lies within it. The words come from the
 * bundles in the provider's voice: a healthcare provider speaks of patient care, an in-house department of the
 * departments it serves, an external provider of its customers' business.
 */
final class BusinessImpact {

    /** Customers from which on an outage counts as widely seen. */
    static final int WIDELY_SEEN_CUSTOMERS = 3;

    private final Map<String, String> messages;
    private final Locale locale;

    private BusinessImpact(Map<String, String> messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /**
     * @param serviceMaps the service maps by id, with their recovery objectives (rto, rtoHours, ...), as every document reads them
     * @param providerInHouse whether the provider serves its own organisation only
     */
    static Map<String, Object> model(Descriptor descriptor, Map<String, Map<String, Object>> serviceMaps, boolean providerInHouse,
                                     Map<String, String> messages, Locale locale) {
        return new BusinessImpact(messages, locale).build(descriptor, serviceMaps, providerInHouse);
    }

    /** The voice of the impact words: healthcare (the sector), inHouse, or external. */
    static String voice(String sector, boolean providerInHouse) {
        return "healthcare".equals(sector) ? "healthcare" : providerInHouse ? "inHouse" : "external";
    }

    private Map<String, Object> build(Descriptor descriptor, Map<String, Map<String, Object>> serviceMaps, boolean providerInHouse) {
        String voice = voice(descriptor.organization().sector(), providerInHouse);
        String org = descriptor.organization().name();
        List<Object> scale = new ArrayList<>();
        for (ImpactLevel level : ImpactLevel.values()) {
            scale.add(map("level", word(level), "meaning", format("bia.meaning." + voice + "." + level.key(), org)));
        }
        List<Object> rules = new ArrayList<>();
        for (Criticality c : Criticality.values()) {
            rules.add(map("criticalityLevel", c.key(), "criticalityWord", messages.getOrDefault("word." + c.key(), ServiceLevels.capFirst(c.key())),
                    "levels", c.impactOverTime().stream().map(this::word).toList(), "mto", duration(c.mtoHours()),
                    "mtoHours", c.mtoHours()));
        }
        Map<String, Customer> customers = descriptor.customers().stream().collect(Collectors.toMap(Customer::id, Function.identity()));
        List<Object> services = new ArrayList<>();
        for (Service service : descriptor.services()) {
            services.add(service(service, serviceMaps.get(service.id()), customers));
        }
        return map("voice", voice, "area", text("bia.area." + voice),
                "checkpoints", Criticality.IMPACT_CHECKPOINT_HOURS.stream().map(this::duration).toList(),
                "scale", List.copyOf(scale), "rules", List.copyOf(rules), "services", List.copyOf(services),
                "widelySeenCustomers", WIDELY_SEEN_CUSTOMERS);
    }

    private Map<String, Object> service(Service service, Map<String, Object> serviceMap, Map<String, Customer> customers) {
        Criticality criticality = Criticality.of(service.criticality());
        boolean widelySeen = widelySeen(service, customers);
        OptionalDouble weekly = ServiceHours.perWeek(service.hours());
        OptionalDouble month = ServiceHours.allowedMinutesPerMonth(service.hours(), service.availabilityTarget());
        OptionalDouble year = ServiceHours.allowedMinutesPerYear(service.hours(), service.availabilityTarget());
        List<Object> impacts = new ArrayList<>();
        List<Object> levels = new ArrayList<>();
        for (int i = 0; i < Criticality.IMPACT_CHECKPOINT_HOURS.size(); i++) {
            int hours = Criticality.IMPACT_CHECKPOINT_HOURS.get(i);
            ImpactLevel operations = criticality.impactOverTime().get(i);
            levels.add(word(operations));
            impacts.add(map("after", duration(hours), "operations", word(operations),
                    "obligations", obligations(serviceHours(hours, weekly), month, year, service),
                    "reputation", word(widelySeen ? operations : operations.lower())));
        }
        BigDecimal rto = (BigDecimal) serviceMap.get("rtoHours");
        return map("service", serviceMap, "levels", List.copyOf(levels), "impacts", List.copyOf(impacts),
                "mto", duration(criticality.mtoHours()), "mtoHours", criticality.mtoHours(), "widelySeen", widelySeen,
                "rtoWithinMto", rto.compareTo(BigDecimal.valueOf(criticality.mtoHours())) <= 0);
    }

    /**
     * An outage of this many hours, in hours of service: hours stay hours, a day is the service hours of an average
     * day and a week those of a week (the same for a service that runs round the clock).
     */
    static double serviceHours(int hours, OptionalDouble perWeek) {
        return hours < 24 || perWeek.isEmpty() ? hours : hours * perWeek.getAsDouble() / 168;
    }

    /** Three or more customers, or any external one, see an outage of the service. */
    static boolean widelySeen(Service service, Map<String, Customer> customers) {
        return service.customers().size() >= WIDELY_SEEN_CUSTOMERS
                || service.customers().stream().map(customers::get).anyMatch(c -> c != null && !"internal".equals(c.type()));
    }

    /**
     * What an outage of this many hours of service does to the service level agreement: within the month's
     * allowance, the month's target missed, or more than the whole year allows; by the share of the hours when
     * the hours are in no form that can be read.
     */
    private String obligations(double hours, OptionalDouble month, OptionalDouble year, Service service) {
        if (month.isEmpty()) {
            return format("bia.obligation.unread", format("downtimeShare", decimal(BigDecimal.valueOf(100).subtract(service.availabilityTarget()))));
        }
        double minutes = hours * 60;
        if (minutes <= month.getAsDouble()) {
            return format("bia.obligation.withinMonth", ServiceHours.minutes(Math.round(month.getAsDouble())));
        }
        if (minutes <= year.getAsDouble()) {
            return format("bia.obligation.month", ServiceHours.minutes(Math.round(month.getAsDouble())));
        }
        return format("bia.obligation.year", ServiceHours.minutes(Math.round(year.getAsDouble())));
    }

    private String word(ImpactLevel level) {
        return text("bia.level." + level.key());
    }

    /** "1 hour", "8 hours", "2 days", "1 week": whole weeks and days where the hours make them. */
    String duration(int hours) {
        if (hours % 168 == 0) {
            return format("durationWeeks", hours / 168);
        }
        if (hours % 24 == 0) {
            return format("durationDays", hours / 24);
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
}
