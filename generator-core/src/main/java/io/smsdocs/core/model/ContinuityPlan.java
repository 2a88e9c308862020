package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.model.Descriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The decisions of the service continuity plan that follow from the descriptor: who may invoke the plan
 * when top management cannot be reached, what each role does during an invocation, and the order and first
 * quarter of the recovery tests, the order in which the services are recovered, the services whose alternate
 * arrangement is an open decision, and whether a contact still lacks a named holder or e-mail address. Exposed to
 * templates as {@code continuityPlan}; the per-service objectives and recovery particulars are on each service
 * (see {@link ServiceLevels} and {@link ServiceRecovery}).
 */
final class ContinuityPlan {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-\\d{2}.*");

    private ContinuityPlan() {
    }

    /**
     * @param services the service maps, already extended by {@link ServiceLevels}
     * @param effectiveDateIso the plan's effective date (yyyy-mm-dd), or null when it takes effect on approval
     */
    static Map<String, Object> model(Descriptor descriptor, Map<String, Map<String, Object>> roles, List<Map<String, Object>> services,
                                     String effectiveDateIso, Map<String, String> messages, Locale locale) {
        String top = descriptor.sms().topManagement();
        String manager = descriptor.sms().documentControl().owner();
        String continuityOwner = owner(descriptor, "service-continuity-management");
        // The deputy invocation authority: the continuity owner, or the SMS manager when top management owns continuity.
        String deputy = continuityOwner.equals(top) ? manager : continuityOwner;

        List<Object> contacts = new ArrayList<>();
        for (Map<String, Object> role : roles.values()) {
            String id = (String) role.get("id");
            List<String> duties = new ArrayList<>();
            if (id.equals(top)) {
                duties.add(text(messages, "continuityDuty.invokes"));
            }
            if (id.equals(continuityOwner)) {
                duties.add(text(messages, "continuityDuty.leads"));
            }
            if (id.equals(deputy) && !id.equals(top)) {
                duties.add(text(messages, "continuityDuty.deputy"));
            }
            if (id.equals(manager)) {
                duties.add(text(messages, "continuityDuty.log"));
            }
            List<String> led = ((List<?>) role.getOrDefault("ownedServices", List.of())).stream()
                    .map(s -> (String) ((Map<?, ?>) s).get("name")).toList();
            if (!led.isEmpty()) {
                duties.add(text(messages, "continuityDuty.recoveryLead").replace("{0}", AndList.of(led, messages, locale)));
            }
            if (id.equals(owner(descriptor, "incident-management"))) {
                duties.add(text(messages, "continuityDuty.serviceDesk"));
            }
            if (id.equals(owner(descriptor, "business-relationship-management"))) {
                duties.add(text(messages, "continuityDuty.customers"));
            }
            if (id.equals(owner(descriptor, "supplier-management"))) {
                duties.add(text(messages, "continuityDuty.suppliers"));
            }
            if (id.equals(owner(descriptor, "information-security-management"))) {
                duties.add(text(messages, "continuityDuty.security"));
            }
            Object person = role.get("person");
            if (!duties.isEmpty() || person != null && !person.toString().isEmpty()) {
                String listed = duties.isEmpty() ? text(messages, "continuityDuty.member") : String.join("; ", duties);
                contacts.add(TemplateModelFactory.map("role", role, "duties", ServiceLevels.capFirst(listed)));
            }
        }

        // Tests: high criticality first; the first tests spread evenly over the four quarters after the effective date.
        List<Map<String, Object>> ordered = new ArrayList<>();
        for (Criticality c : Criticality.values()) {
            services.stream().filter(s -> c.key().equals(s.get("criticalityLevel"))).forEach(ordered::add);
        }
        Matcher date = ISO_DATE.matcher(effectiveDateIso == null ? "" : effectiveDateIso);
        boolean scheduled = date.matches();
        List<Object> tests = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            String firstTest = scheduled
                    ? firstTestQuarter(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)), i, ordered.size())
                    : null;
            tests.add(TemplateModelFactory.map("service", ordered.get(i), "firstTest", firstTest));
        }
        // The recovery order (ServiceRecovery placed each service), and the services whose alternate arrangement is still open.
        List<Object> recoveryOrder = services.stream()
                .sorted(java.util.Comparator.comparingInt(s -> (Integer) s.get("recoveryPosition"))).map(s -> (Object) s).toList();
        List<Object> alternatesOpen = services.stream().filter(s -> Boolean.TRUE.equals(s.get("alternateOpen"))).map(s -> (Object) s).toList();
        boolean contactsIncomplete = contacts.stream().map(c -> (Map<?, ?>) ((Map<?, ?>) c).get("role"))
                .anyMatch(r -> blank(r.get("person")) || blank(r.get("email")));
        return TemplateModelFactory.map("deputy", roles.get(deputy), "contacts", List.copyOf(contacts),
                "tests", List.copyOf(tests), "scheduled", scheduled, "recoveryOrder", recoveryOrder,
                "alternatesOpen", alternatesOpen, "contactsIncomplete", contactsIncomplete);
    }

    /** "Q3 2026": the quarter of the index-th of count tests, spread over the four quarters after the effective month. */
    static String firstTestQuarter(int year, int month, int index, int count) {
        int quarter = (month - 1) / 3 + 1 + 1 + index * 4 / count;
        if (quarter > 4) {
            quarter -= 4;
            year += 1;
        }
        return "Q" + quarter + " " + year;
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }

    private static String owner(Descriptor descriptor, String processId) {
        return descriptor.processes().get(processId).owner();
    }

    private static String text(Map<String, String> messages, String key) {
        return messages.getOrDefault(key, key);
    }
}
