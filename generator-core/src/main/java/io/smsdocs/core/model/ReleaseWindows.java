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


    private ReleaseWindows() {
    }

    /**
     * One row per service: service (its name), criticality (high, medium or low) and window: the agreed
     * maintenance window, outside the service hours when the service does not run round the clock (the
     * documented rule), or for a round-the-clock service without one, the open decision; high-criticality
     * services add that major releases need the customer's written agreement.
     */
    static List<Object> of(List<Service> services, Map<String, String> messages) {
        return of(services, messages, new OpenDecisionMarks(List.of()));
    }

    static List<Object> of(List<Service> services, Map<String, String> messages, OpenDecisionMarks open) {
        return services.stream().map(service -> {
            String criticality = service.criticality() == null ? "medium" : service.criticality();
            String window;
            if (service.maintenanceWindow() != null) {
                window = text(messages, "agreed").replace("{0}", service.maintenanceWindow());
            } else if (ServiceHours.roundTheClock(service.hours())) {
                Object decision = open.of(service.id()).get("maintenanceWindow");
                window = ToolPhrases.openMark(text(messages, "open").replace(" {0}", ""), decision == null ? null : decision.toString(), messages);
            } else {
                window = text(messages, "outsideHours").replace("{0}", String.valueOf(ServiceHoursText.of(service.hours(), messages)));
            }
            if ("high".equals(criticality)) {
                window += text(messages, "high");
            }
            return (Object) TemplateModelFactory.map("service", service.name(), "criticality", criticality, "window", window);
        }).toList();
    }

    private static String text(Map<String, String> messages, String key) {
        return RequiredRecords.text(messages, "releaseWindow." + key);
    }
}
