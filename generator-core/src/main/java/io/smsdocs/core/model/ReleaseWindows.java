package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.ServiceHours;
import io.smsdocs.core.descriptor.model.Service;

import java.util.List;
import java.util.Map;

/**
 * When each service may receive releases (release policy, 2018 8.5.3; 2011 9.3): a high-criticality service
 * only in the agreed maintenance window, with the customer's written agreement for major releases; a
 * round-the-clock service in the agreed maintenance window; any other outside its service hours or in the
 * window. The words are the bundles' (releaseWindow.*).
 */
final class ReleaseWindows {

    private static final double ROUND_THE_CLOCK = 168;

    private ReleaseWindows() {
    }

    /** One row per service: service (its name), criticality (high, medium or low) and window. */
    static List<Object> of(List<Service> services, Map<String, String> messages) {
        return services.stream().map(service -> {
            String criticality = service.criticality() == null ? "medium" : service.criticality();
            String window = "high".equals(criticality) ? text(messages, "high")
                    : ServiceHours.perWeek(service.hours()).orElse(0) == ROUND_THE_CLOCK ? text(messages, "roundTheClock")
                    : text(messages, "outsideHours").replace("{0}", String.valueOf(service.hours()));
            return (Object) TemplateModelFactory.map("service", service.name(), "criticality", criticality, "window", window);
        }).toList();
    }

    private static String text(Map<String, String> messages, String key) {
        return RequiredRecords.text(messages, "releaseWindow." + key);
    }
}
