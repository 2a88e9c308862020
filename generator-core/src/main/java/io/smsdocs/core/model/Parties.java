package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.ServiceHours;
import io.smsdocs.core.descriptor.model.Customer;
import io.smsdocs.core.descriptor.model.Descriptor;
import io.smsdocs.core.descriptor.model.Role;
import io.smsdocs.core.descriptor.model.Service;
import io.smsdocs.core.descriptor.model.Supplier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.smsdocs.core.model.TemplateModelFactory.map;

/**
 * Who takes part in the SMS, as template values: roles with what they own, customers and suppliers with
 * the services they receive or support, and services with their references resolved (service.owner.title)
 * and their service-level decisions.
 */
record Parties(Map<String, Map<String, Object>> roles, Map<String, Map<String, Object>> customers,
               Map<String, Map<String, Object>> suppliers, Map<String, Map<String, Object>> servicesById,
               ServiceLevels serviceLevels) {

    static Parties of(Descriptor descriptor, String edition, Map<String, String> messages, Locale locale) {
        return of(descriptor, edition, messages, locale, new OpenDecisionMarks(List.of()), Map.of());
    }

    /**
     * @param agreementDocuments the id of the document of the set that is a supplier's agreement (its internal
     *                           agreement), by supplier id; a supplier without one is left out
     */
    static Parties of(Descriptor descriptor, String edition, Map<String, String> messages, Locale locale, OpenDecisionMarks open,
                      Map<String, String> agreementDocuments) {
        Map<String, Map<String, Object>> roles = new LinkedHashMap<>();
        RoleDuties duties = new RoleDuties(descriptor, edition,
                definition -> TemplateModelFactory.processName(definition, edition, messages));
        descriptor.roles().forEach(r -> roles.put(r.id(), role(r, duties, open, messages)));
        // Grouped once, so large descriptors stay linear.
        Map<String, List<Object>> servicesByCustomer = new LinkedHashMap<>();
        Map<String, List<Object>> servicesBySupplier = new LinkedHashMap<>();
        for (Service service : descriptor.services()) {
            service.customers().forEach(id -> servicesByCustomer.computeIfAbsent(id, k -> new ArrayList<>()).add(serviceRef(service)));
            service.suppliers().forEach(id -> servicesBySupplier.computeIfAbsent(id, k -> new ArrayList<>()).add(serviceRef(service)));
        }
        ServiceLevels serviceLevels = new ServiceLevels(descriptor, roles, messages, locale);
        Map<String, Map<String, Object>> customers = new LinkedHashMap<>();
        descriptor.customers().forEach(c -> customers.put(c.id(), customer(c, servicesByCustomer.getOrDefault(c.id(), List.of()), serviceLevels)));
        Map<String, Map<String, Object>> suppliers = new LinkedHashMap<>();
        descriptor.suppliers().forEach(s -> suppliers.put(s.id(),
                supplier(s, servicesBySupplier.getOrDefault(s.id(), List.of()), roles, serviceLevels, open, messages, agreementDocuments.get(s.id()))));
        ServiceRecovery recovery = new ServiceRecovery(descriptor.services());
        Map<String, Map<String, Object>> servicesById = new LinkedHashMap<>();
        descriptor.services().forEach(s -> servicesById.put(s.id(),
                recovery.extend(serviceLevels.extend(service(s, roles, customers, suppliers, open, messages), s), s)));
        return new Parties(Collections.unmodifiableMap(roles), Collections.unmodifiableMap(customers),
                Collections.unmodifiableMap(suppliers), Collections.unmodifiableMap(servicesById), serviceLevels);
    }

    List<Object> services() {
        return List.copyOf(servicesById.values());
    }

    List<Object> suppliersOfType(String type) {
        return suppliers.values().stream().filter(s -> type.equals(s.get("type"))).map(s -> (Object) s).toList();
    }

    /** A service as other objects list it: enough to name it and judge its importance, without cycles. */
    static Object serviceRef(Service service) {
        return map("id", service.id(), "name", service.name(), "criticality", service.criticality());
    }

    /** A role with what it owns, so templates list a role's duties without nested loops over every service. */
    private static Map<String, Object> role(Role role, RoleDuties duties, OpenDecisionMarks open, Map<String, String> messages) {
        return map("id", role.id(), "title", role.title(), "person", role.person(), "email", role.email(),
                "holder", open.holder(role.id(), role.person(), messages), "open", open.of(role.id()),
                "responsibilities", role.responsibilities(), "capacity", role.capacityPercent(), "capacityGiven", role.capacityGiven(),
                "ownedProcesses", duties.processes(role.id()), "ownedServices", duties.services(role.id()),
                "managedSuppliers", duties.suppliers(role.id()), "ownedObjectives", duties.objectives(role.id()),
                "de", GermanGrammar.forms(GermanGrammar.genderOf(role.title(), role.grammaticalGender(), role.plural(), messages), role.title()));
    }

    /** How planned maintenance is scheduled for the service, as its SLA states it. */
    private static String maintenance(Service service, OpenDecisionMarks open, Map<String, String> messages) {
        if (service.maintenanceWindow() != null) {
            return messages.getOrDefault("sla.maintenance.agreed", "{0}").replace("{0}", ServiceHoursText.of(service.maintenanceWindow(), messages));
        }
        if (ServiceHours.roundTheClock(service.hours())) {
            return messages.getOrDefault("sla.maintenance.open", "{0}").replace(" {0}", mark((String) open.of(service.id()).get("maintenanceWindow"), messages));
        }
        return messages.getOrDefault("sla.maintenance.outsideHours", "");
    }

    /** " (open decision D-08)" after an assumed value, or nothing. */
    private static String mark(String openDecision, Map<String, String> messages) {
        return ToolPhrases.openMark("", openDecision, messages);
    }

    /** A customer with its services and how often it has a service review (that of its most critical service). */
    private static Map<String, Object> customer(Customer customer, List<Object> services, ServiceLevels serviceLevels) {
        return map("id", customer.id(), "name", customer.name(), "type", customer.type(), "contact", customer.contact(),
                "services", List.copyOf(services), "reviewFrequency", serviceLevels.customerReview(criticalities(services)));
    }

    /**
     * A supplier with the services it supports, how often it is reviewed (that of the most critical of them) and,
     * when the set holds it, the id of the document that is its agreement (agreementDocument).
     */
    private static Map<String, Object> supplier(Supplier supplier, List<Object> services, Map<String, Map<String, Object>> roles,
                                                ServiceLevels serviceLevels, OpenDecisionMarks open,
                                                Map<String, String> messages, String agreementDocument) {
        return map("id", supplier.id(), "name", supplier.name(), "type", supplier.type(), "provides", supplier.provides(),
                "open", open.of(supplier.id()), "agreementDocument", agreementDocument,
                "contractRef", supplier.contractRef(), "reference", reference(supplier, messages, open), "agreement", agreement(supplier, messages, open),
                "manager", roles.get(supplier.manager()), "services", List.copyOf(services),
                "reviewFrequency", serviceLevels.supplierReview(criticalities(services)));
    }

    private static List<String> criticalities(List<Object> serviceRefs) {
        return serviceRefs.stream().map(ref -> (String) ((Map<?, ?>) ref).get("criticality")).toList();
    }

    /** The supplier's contract or agreement reference, or "not recorded". */
    static String reference(Supplier supplier, Map<String, String> messages, OpenDecisionMarks open) {
        return recorded(supplier) ? supplier.contractRef()
                : messages.getOrDefault("supplier.noReference", "not recorded") + mark((String) open.of(supplier.id()).get("supplierAgreement"), messages);
    }

    /** What the supplier works under: "Contract FAB-2025-014", "Agreement IA-7", "Internal agreement, reference not recorded". */
    static String agreement(Supplier supplier, Map<String, String> messages, OpenDecisionMarks open) {
        boolean internal = "internal".equals(supplier.type());
        if (recorded(supplier)) {
            return (internal ? messages.getOrDefault("party.agreementRef", "Agreement {0}") : messages.getOrDefault("party.contractRef", "Contract {0}"))
                    .replace("{0}", supplier.contractRef());
        }
        return (internal ? messages.getOrDefault("party.internalAgreement", "Internal agreement, reference not recorded")
                : messages.getOrDefault("party.supplierContract", "Supplier contract, reference not recorded"))
                + mark((String) open.of(supplier.id()).get("supplierAgreement"), messages);
    }

    private static boolean recorded(Supplier supplier) {
        return supplier.contractRef() != null && !supplier.contractRef().isEmpty();
    }

    private static Map<String, Object> service(Service service, Map<String, Map<String, Object>> roles,
                                               Map<String, Map<String, Object>> customers,
                                               Map<String, Map<String, Object>> suppliers, OpenDecisionMarks open,
                                               Map<String, String> messages) {
        return map("id", service.id(), "name", service.name(), "description", service.description(),
                "open", open.of(service.id()), "criticalityDerived", service.criticalityDerived(),
                "maintenanceWindow", service.maintenanceWindow(),
                "owner", roles.get(service.owner()),
                "customers", service.customers().stream().map(id -> (Object) customers.get(id)).toList(),
                "suppliers", service.suppliers().stream().map(id -> (Object) suppliers.get(id)).toList(),
                "hours", ToolPhrases.openMark(ServiceHoursText.of(service.hours(), messages), (String) open.of(service.id()).get("serviceHours"), messages),
                "targetMark", mark((String) open.of(service.id()).get("availabilityTarget"), messages),
                "customersMark", mark((String) open.of(service.id()).get("serviceCustomers"), messages),
                "maintenance", maintenance(service, open, messages),
                "availabilityTarget", service.availabilityTarget(),
                "hoursPerWeek", ServiceHours.perWeek(service.hours()).stream().boxed().findFirst().orElse(null),
                "allowedDowntime", ServiceHours.allowedDowntimePerMonth(service.hours(), service.availabilityTarget()),
                "criticality", service.criticality());
    }
}
