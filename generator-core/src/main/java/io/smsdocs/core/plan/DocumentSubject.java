package io.smsdocs.core.plan;

import io.smsdocs.core.descriptor.model.Descriptor;
import io.smsdocs.core.descriptor.model.Service;
import io.smsdocs.core.descriptor.model.Supplier;
import io.smsdocs.core.template.TemplateMetadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one document of a template is about: the set as a whole, or, for a template with {@code foreach}, one
 * service ({@code sla} becomes {@code sla-<service id>}, numbered by {@link DocumentNumbers}) or one internal
 * supplier ({@code internal-agreement} becomes {@code internal-agreement-<supplier id>}, numbered in the order of
 * the internal suppliers). The subject extends the template's id, title and code; templates see it as
 * {@code service} or {@code supplier}.
 */
record DocumentSubject(String id, String name, Integer number, Service service, Supplier supplier) {

    private static final DocumentSubject WHOLE_SET = new DocumentSubject(null, null, null, null, null);

    /** The subjects a template makes documents for: one per service or internal supplier, or the set as a whole. */
    static List<DocumentSubject> of(TemplateMetadata template, Descriptor descriptor) {
        List<DocumentSubject> subjects = new ArrayList<>();
        if (template.perService()) {
            Map<String, Integer> numbers = DocumentNumbers.of(descriptor.services());
            descriptor.services().forEach(s -> subjects.add(new DocumentSubject(s.id(), s.name(), numbers.get(s.id()), s, null)));
        } else if (template.perInternalSupplier()) {
            List<Supplier> internal = descriptor.suppliers().stream().filter(s -> "internal".equals(s.type())).toList();
            for (int i = 0; i < internal.size(); i++) {
                Supplier supplier = internal.get(i);
                subjects.add(new DocumentSubject(supplier.id(), supplier.name(), i + 1, null, supplier));
            }
        } else {
            subjects.add(WHOLE_SET);
        }
        return List.copyOf(subjects);
    }

    /** sla-managed-desktop; the template's id for the set as a whole. */
    String documentId(String templateId) {
        return id == null ? templateId : templateId + "-" + id;
    }

    /** "Service Level Agreement: Managed Desktop". */
    String title(String templateTitle) {
        return name == null ? templateTitle : templateTitle + ": " + name;
    }

    /** SLA-02. */
    String code(String templateCode) {
        return number == null ? templateCode : templateCode + "-" + String.format(Locale.ROOT, "%02d", number);
    }
}
