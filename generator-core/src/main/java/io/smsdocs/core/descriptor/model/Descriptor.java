package io.smsdocs.core.descriptor.model;

import java.util.List;
import java.util.Map;

/** The whole validated descriptor, with every default applied. Immutable. */
public record Descriptor(Organization organization, SmsSettings sms, List<Role> roles, List<Service> services,
                         List<Customer> customers, List<Supplier> suppliers, List<Priority> priorities,
                         Map<String, ProcessSetting> processes, Implementation implementation,
                         Certification certification, DocumentSettings documents, InternalAudit internalAudit) {

    public Descriptor {
        roles = List.copyOf(roles);
        services = List.copyOf(services);
        customers = List.copyOf(customers);
        suppliers = List.copyOf(suppliers);
        priorities = List.copyOf(priorities);
        processes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(processes));
    }

    public Descriptor(Organization organization, SmsSettings sms, List<Role> roles, List<Service> services,
                      List<Customer> customers, List<Supplier> suppliers, List<Priority> priorities,
                      Map<String, ProcessSetting> processes, Implementation implementation,
                      Certification certification, DocumentSettings documents) {
        this(organization, sms, roles, services, customers, suppliers, priorities, processes, implementation, certification, documents,
                new InternalAudit(List.of(sms.documentControl().owner()), Map.of()));
    }
}
