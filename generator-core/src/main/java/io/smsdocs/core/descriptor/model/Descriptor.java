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

    /** The role with this id, if the descriptor defines one. */
    public java.util.Optional<Role> role(String id) {
        return roles.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The title of the role with this id; the id itself when no role has it. */
    public String roleTitle(String id) {
        return role(id).map(Role::title).orElse(id);
    }
}
