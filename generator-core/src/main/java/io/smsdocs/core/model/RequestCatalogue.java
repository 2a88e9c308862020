package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.model.Descriptor;
import io.smsdocs.core.descriptor.model.Service;
import io.smsdocs.core.descriptor.model.ServiceRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.smsdocs.core.model.TemplateModelFactory.map;

/**
 * The request model the service level agreements and the request catalogue share, exposed to templates as
 * {@code requests}: the four request types (information or advice, access rights, standard requests, other
 * requests), each with its name (a heading: "Standard requests"), label (one request of it: "Standard request"),
 * who may raise it, its approval and its fulfilment target, in the set's language
 * (request.&lt;type&gt;.* in the bundles); and per service its own standard requests (services[].requests), each
 * taking the values of its type. {@code type} holds the types by id, {@code types} in order, {@code services}
 * the services with their requests, {@code withoutRequests} the services that name none.
 */
final class RequestCatalogue {

    /** The request types, in the order the agreements list them. */
    static final List<String> TYPES = List.of("information", "access", "standard", "other");

    private RequestCatalogue() {
    }

    /** @param serviceMaps the service maps by id, as every document reads them */
    static Map<String, Object> model(Descriptor descriptor, Map<String, Map<String, Object>> serviceMaps, Map<String, String> messages) {
        Map<String, Object> byId = new LinkedHashMap<>();
        for (String type : TYPES) {
            byId.put(type, type(type, messages));
        }
        List<Object> services = new ArrayList<>();
        List<Object> without = new ArrayList<>();
        for (Service service : descriptor.services()) {
            Map<String, Object> serviceMap = serviceMaps.get(service.id());
            if (service.requests().isEmpty()) {
                without.add(serviceMap);
                continue;
            }
            List<Object> requests = new ArrayList<>();
            for (ServiceRequest request : service.requests()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> type = (Map<String, Object>) byId.get(TYPES.contains(request.type()) ? request.type() : "standard");
                requests.add(map("name", request.name(), "type", type));
            }
            services.add(map("service", serviceMap, "requests", List.copyOf(requests)));
        }
        return map("type", java.util.Collections.unmodifiableMap(byId), "types", List.copyOf(byId.values()),
                "services", List.copyOf(services), "withoutRequests", List.copyOf(without));
    }

    private static Map<String, Object> type(String id, Map<String, String> messages) {
        String prefix = "request." + id + ".";
        return map("id", id, "name", messages.getOrDefault(prefix + "name", id), "label", messages.getOrDefault(prefix + "label", id),
                "requester", messages.getOrDefault(prefix + "requester", ""),
                "approval", messages.getOrDefault(prefix + "approval", ""), "target", messages.getOrDefault(prefix + "target", ""));
    }
}
