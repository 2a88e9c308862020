package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.ServiceHours;
import io.smsdocs.core.descriptor.model.Descriptor;
import io.smsdocs.core.descriptor.model.Risk;
import io.smsdocs.core.descriptor.model.Service;
import io.smsdocs.core.descriptor.model.Supplier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static io.smsdocs.core.model.TemplateModelFactory.map;

/**
 * What the availability plan says about each service besides the values every service document shares (target,
 * hours, downtime allowed in a month, maintenance, alternate arrangement, headroom): the downtime its target
 * allows in a year, and the risks to its availability. Exposed to templates as {@code availabilityPlan}.
 * <p>
 * The rule for the risks, which the plan states: a risk (not an opportunity) of the SMS concerns the
 * availability of a service when its description names the service (by name or id) or a supplier that supports
 * it; a risk whose description names no service but speaks of availability (holds one of the words of the bundle
 * key {@code availabilityPlan.riskWords}: outage, downtime, failure, attack, ...) concerns every service.
 */
final class AvailabilityPlan {

    private AvailabilityPlan() {
    }

    /**
     * @param serviceMaps the service maps by id, as every document reads them
     * @param riskMaps the risk maps of {@code sms.risks}, in the descriptor's order
     * @param risksMark " (open decision D-nn)" while the risks are the starter ones, else empty
     */
    static Map<String, Object> model(Descriptor descriptor, Map<String, Map<String, Object>> serviceMaps, List<?> riskMaps,
                                     String risksMark, Map<String, String> messages, Locale locale) {
        List<String> words = Arrays.stream(messages.getOrDefault("availabilityPlan.riskWords", "").split(","))
                .map(String::strip).filter(w -> !w.isEmpty()).toList();
        Map<String, Supplier> suppliers = new LinkedHashMap<>();
        descriptor.suppliers().forEach(s -> suppliers.put(s.id(), s));
        List<Risk> risks = descriptor.sms().risks();
        List<Object> general = new ArrayList<>();
        for (int i = 0; i < risks.size(); i++) {
            Risk risk = risks.get(i);
            if (isRisk(risk) && speaksOfAvailability(risk, words)
                    && descriptor.services().stream().noneMatch(s -> names(risk, s, suppliers))) {
                general.add(riskMaps.get(i));
            }
        }
        List<Object> services = new ArrayList<>();
        for (Service service : descriptor.services()) {
            List<Object> own = new ArrayList<>();
            for (int i = 0; i < risks.size(); i++) {
                if (isRisk(risks.get(i)) && names(risks.get(i), service, suppliers)) {
                    own.add(riskMaps.get(i));
                }
            }
            services.add(map("service", serviceMaps.get(service.id()), "allowedDowntimeYear", perYear(service, messages, locale),
                    "risks", List.copyOf(own)));
        }
        return map("services", List.copyOf(services), "generalRisks", List.copyOf(general), "risksMark", risksMark);
    }

    private static boolean isRisk(Risk risk) {
        return !"opportunity".equals(risk.type());
    }

    /** The description names the service by name or id, or a supplier that supports it, as whole words. */
    static boolean names(Risk risk, Service service, Map<String, Supplier> suppliers) {
        String text = risk.description();
        if (contains(text, service.name()) || contains(text, service.id()) || contains(text, service.id().replace('-', ' '))) {
            return true;
        }
        return service.suppliers().stream().map(suppliers::get).anyMatch(s -> s != null && contains(text, s.name()));
    }

    /**
     * The description holds one of the availability words, also inside a longer word ("unavailab" finds
     * "unavailable", "ausfall" finds "Stromausfall"), ignoring case.
     */
    static boolean speaksOfAvailability(Risk risk, List<String> words) {
        String text = risk.description().toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(w -> text.contains(w.toLowerCase(Locale.ROOT)));
    }

    private static boolean contains(String text, String phrase) {
        return phrase != null && !phrase.isBlank() && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase.strip()) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    /** The downtime the target allows in a year, or the share of the agreed hours when they cannot be read. */
    private static String perYear(Service service, Map<String, String> messages, Locale locale) {
        if (ServiceHours.perWeek(service.hours()).isPresent()) {
            return ServiceHours.allowedDowntimePerYear(service.hours(), service.availabilityTarget());
        }
        return messages.getOrDefault("downtimeShare", "{0}% of the agreed service hours")
                .replace("{0}", LocalNumbers.decimal(BigDecimal.valueOf(100).subtract(service.availabilityTarget()), locale));
    }
}
