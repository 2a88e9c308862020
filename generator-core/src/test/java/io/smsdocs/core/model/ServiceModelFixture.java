package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.DescriptorLoader;
import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.plan.DocumentPlan;
import io.smsdocs.core.plan.DocumentPlanner;
import io.smsdocs.core.template.TemplateRepository;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A small descriptor with services of each criticality, rendered into the template model of one document. */
final class ServiceModelFixture {

    static final String YAML = """
            organization: {name: Edge Works}
            sms:
              edition: "%s"
              language: %s
              scope: The SMS covers the IT services that Edge Works provides.
              %s
              documentControl: {owner: ops-lead, approver: boss}
              topManagement: boss
            roles:
              - {id: boss, title: Chief Executive, person: Ann Boss}
              - {id: ops-lead, title: Operations Lead}
              - {id: helper, title: Helper Role, person: Hal Per}
              - {id: idle, title: Idle Role}
            customers:
              - {id: solo, name: Solo Customer Ltd}
            suppliers:
              - {id: one, name: One Supplier, type: external, provides: Hosting, manager: ops-lead}
              - {id: two, name: Two Internal, type: internal, manager: boss}
            services:
              - {id: odd, name: Odd Hours, description: d, owner: ops-lead, customers: [solo], suppliers: [one, two],
                 hours: by arrangement, availabilityTarget: 99.9, criticality: low}
              - {id: lonely, name: Lonely, description: d, owner: helper, hours: Mon-Fri 09:00-17:00, availabilityTarget: 99}
              - {id: shared, name: Shared, description: d, owner: helper, customers: [solo], suppliers: [one],
                 hours: 24x7, availabilityTarget: 98.5, criticality: high}
            processes:
              service-continuity-management: {owner: %s}
              incident-management: {owner: helper, tool: Desk}
              business-relationship-management: {owner: ops-lead}
              capacity-management: {owner: helper, tool: Desk, reviewFrequency: every six months}
              service-level-management: {owner: boss, reviewFrequency: fortnightly}
            documents:
              overrides:
                service-continuity-plan: {status: Approved}   # in effect from the effective date, whatever the plan says
            """;

    private ServiceModelFixture() {
    }

    /** The model of the service continuity plan of the fixture. */
    static Map<String, Object> model(String language, String edition, boolean dated, String continuityOwner) {
        return modelOf(YAML.formatted(edition, language, dated ? "effectiveDate: 2026-11-20" : "", continuityOwner));
    }

    /** The model of the service continuity plan of a descriptor. */
    static Map<String, Object> modelOf(String yaml) {
        LoadedDescriptor loaded = new DescriptorLoader().load(yaml.getBytes(StandardCharsets.UTF_8), "sms.yaml");
        TemplateRepository templates = TemplateRepository.create(null, null, false, ServiceModelFixture.class.getClassLoader());
        DocumentPlan plan = new DocumentPlanner().plan(loaded, templates.documentTemplates(), templates::displayName);
        return new TemplateModelFactory(loaded.descriptor(), plan).modelFor(plan.find("service-continuity-plan").orElseThrow());
    }

    /** One value of each map in a list of maps. */
    static List<Object> pluck(Object list, java.util.function.Function<Map<?, ?>, Object> value) {
        return ((List<?>) list).stream().map(e -> value.apply((Map<?, ?>) e)).toList();
    }

    /** The id of the role at key of a map. */
    static Object roleId(Map<?, ?> map, String key) {
        return ((Map<?, ?>) map.get(key)).get("id");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> service(Map<String, Object> model, String id) {
        return ((List<Map<String, Object>>) model.get("services")).stream().filter(s -> id.equals(s.get("id"))).findFirst().orElseThrow();
    }
}
