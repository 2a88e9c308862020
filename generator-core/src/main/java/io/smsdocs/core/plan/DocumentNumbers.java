package io.smsdocs.core.plan;

import io.smsdocs.core.descriptor.model.Service;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The number in the ids of a service's documents (SLA-02): a pinned services[].docNumber, else the lowest
 * number no pinned service holds, in list order. sms:check compares the result with the ids already issued.
 */
final class DocumentNumbers {

    private DocumentNumbers() {
    }

    static Map<String, Integer> of(List<Service> services) {
        Set<Integer> pinned = new HashSet<>();
        services.stream().map(Service::docNumber).filter(n -> n != null).forEach(pinned::add);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        int next = 1;
        for (Service service : services) {
            if (service.docNumber() != null) {
                numbers.put(service.id(), service.docNumber());
                continue;
            }
            while (pinned.contains(next)) {
                next++;
            }
            numbers.put(service.id(), next++);
        }
        return numbers;
    }
}
