package io.smsdocs.core.descriptor.model;

import java.util.List;
import java.util.Map;

/** The whole validated descriptor, with every default applied. Immutable. */
public record Descriptor(Organization organization, SmsSettings sms, List<Role> roles, List<Service> services,
                         List<Customer> customers, List<Supplier> suppliers, List<Priority> priorities,
                         Map<String, ProcessSetting> processes, Implementation implementation,
                         Certification certification, DocumentSettings documents) {

    public Descriptor {
        roles = List.copyOf(roles);
        services = List.copyOf(services);
        customers = List.copyOf(customers);
        suppliers = List.copyOf(suppliers);
        priorities = List.copyOf(priorities);
        processes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(processes));
    }
}
