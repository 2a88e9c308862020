package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.model.Customer;
import io.smsdocs.core.descriptor.model.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The data of the document register (2018 7.5.3, 7.5.4; 2011 4.3): the documents of the set counted by kind,
 * the procedures and service level agreements it holds, the customer contracts with the references of their
 * SLAs, and the mandatory records with the process that owns each, where it is held and the document that
 * defines it. Decided here once for every language; the words are the bundles' (documentRegister.*).
 */
final class DocumentRegisterModel {

    /** The kinds of document, in the order the register counts them. */
    static final List<String> KINDS = List.of("policy", "plan", "procedure", "agreement", "catalogue", "register", "statement",
            "glossary", "matrix", "form");

    /** Past a dozen SLAs a table cell names the first ten and counts the rest. */
    private static final int SLAS_NAMED = 10;
    private static final int SLAS_LISTED_IN_FULL = 12;

    /**
     * A mandatory record. process: the process that owns it, or null for a record of the SMS as a whole, which
     * names its area and owner (manager or top); where: "library", "tool:&lt;process&gt;" or null for the tool of
     * its process; doc2011: the document that defines it in a 2011 set, when another.
     */
    private record Definition(String id, String clause, String clause2011, String process, String owner, String where,
                              String doc, String doc2011) {
    }

    private static final List<Definition> RECORDS = List.of(
            new Definition("competence", "7.2", null, null, "manager", "personnelFiles", "competence-awareness-communication", null),
            new Definition("configuration", "8.2.6", null, "configuration-management", null, null, "service-portfolio", "control-processes"),
            new Definition("complaints", "8.3.2", null, "business-relationship-management", null, null, "relationship-and-agreement", null),
            new Definition("supplierDisputes", "8.3.4.1", null, "supplier-management", null, "library", "relationship-and-agreement", null),
            new Definition("changes", "8.5.1.2", null, "change-management", null, null, "design-build-transition", "control-processes"),
            new Definition("incidents", "8.6.1", null, "incident-management", null, null, "resolution-and-fulfilment", null),
            new Definition("serviceRequests", "8.6.2", null, "service-request-management", null, null, "resolution-and-fulfilment", null),
            new Definition("problems", "8.6.3", null, "problem-management", null, null, "resolution-and-fulfilment", null),
            new Definition("availability", "8.7.1", "6.3.3", "service-availability-management", null, null, "service-assurance", "service-continuity-plan"),
            new Definition("continuityTests", "8.7.2", "6.3.3", "service-continuity-management", null, "library", "service-continuity-plan", null),
            new Definition("securityIncidents", "8.7.3.3", null, "information-security-management", null, "tool:incident-management", "service-assurance", null),
            new Definition("measurement", "9.1", null, "service-reporting", null, null, "monitoring-and-reporting", null),
            new Definition("audits", "9.2", null, null, "manager", "library", "internal-audit", null),
            new Definition("managementReviews", "9.3", null, null, "top", "library", "management-review", null),
            new Definition("nonconformities", "10.1", null, null, "manager", "library", "nonconformity-and-corrective-action", null),
            new Definition("improvements", "10.2", null, null, "manager", "library", "continual-improvement", null));

    private DocumentRegisterModel() {
    }

    /**
     * The register as template data:
     * kindCounts ("3 policies", in the set's language), procedures and slas (document maps; slas names at most
     * a dozen, moreSlas counts the rest), internalAgreements (the internal agreements that are documents of the set),
     * externalDocuments (the contracts and agreements with suppliers and
     * customers: document, origin, reference, owner) and records (record, clause, clause2011, area, owner, where, doc).
     *
     * @param documents the documents of the set as templates see them
     * @param processes the processes as templates see them, by id
     */
    static Map<String, Object> of(String edition, List<Object> documents, Map<String, Object> processes, List<Customer> customers,
                                  List<Service> services, List<?> externalSuppliers, List<?> internalSuppliers,
                                  Map<String, Object> topManagement, Map<String, Object> manager, Map<String, String> messages) {
        List<Map<String, Object>> docs = documents.stream().map(DocumentRegisterModel::asMap).toList();
        List<Object> kindCounts = new ArrayList<>();
        for (String kind : KINDS) {
            long n = docs.stream().filter(d -> kind.equals(d.get("kind"))).count();
            if (n > 0) {
                kindCounts.add(n + " " + RequiredRecords.text(messages, "documentRegister.kind." + kind + (n == 1 ? ".one" : ".other")));
            }
        }
        List<Object> procedures = docs.stream().filter(d -> "procedure".equals(d.get("kind"))).map(d -> (Object) d).toList();
        List<Object> slas = docs.stream().filter(d -> ((String) d.get("id")).startsWith("sla-")).map(d -> (Object) d).toList();
        List<Object> named = slas.size() > SLAS_LISTED_IN_FULL ? slas.subList(0, SLAS_NAMED) : slas;

        // The references of each customer's SLAs, grouped once so that large sets stay linear.
        Map<String, Map<String, Object>> byId = new java.util.HashMap<>();
        docs.forEach(d -> byId.put((String) d.get("id"), d));
        Map<String, List<Object>> slaReferences = new java.util.HashMap<>();
        for (Service service : services) {
            Map<String, Object> sla = byId.get("sla-" + service.id());
            if (sla != null) {
                service.customers().forEach(id -> slaReferences.computeIfAbsent(id, k -> new ArrayList<>()).add(sla.get("reference")));
            }
        }
        // Contracts and agreements of external origin: with each external and internal supplier, then each customer.
        String notRecorded = RequiredRecords.text(messages, "documentRegister.notRecorded");
        List<Object> external = new ArrayList<>();
        for (Object supplier : externalSuppliers) {
            external.add(agreement(asMap(supplier), "documentRegister.supplierContract", messages.get("ExternalSupplier"), notRecorded, messages));
        }
        // An internal supplier whose agreement is a document of the set is listed with the documents, not here.
        List<Object> internalAgreements = new ArrayList<>();
        for (Object supplier : internalSuppliers) {
            Object agreementDocument = asMap(supplier).get("agreementDocument");
            if (agreementDocument != null && byId.containsKey(agreementDocument)) {
                internalAgreements.add(byId.get(agreementDocument));
                continue;
            }
            external.add(agreement(asMap(supplier), "documentRegister.internalAgreement", messages.get("InternalSupplier"), notRecorded, messages));
        }
        Object slaOwner = asMap(processes.get("service-level-management")).get("owner");
        for (Customer customer : customers) {
            List<Object> references = slaReferences.getOrDefault(customer.id(), List.of());
            external.add(TemplateModelFactory.map("document", RequiredRecords.text(messages, "documentRegister.customerContract")
                            .replace("{0}", customer.name()), "origin", RequiredRecords.text(messages, "documentRegister.customer"),
                    "reference", references.isEmpty() ? notRecorded : references.stream().map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(", ")), "owner", slaOwner));
        }

        List<Object> records = new ArrayList<>();
        for (Definition definition : RECORDS) {
            Map<String, Object> process = definition.process() == null ? null : asMap(processes.get(definition.process()));
            String where = definition.where() == null ? RequiredRecords.toolOf(processes, definition.process(), messages)
                    : definition.where().startsWith("tool:") ? RequiredRecords.toolOf(processes, definition.where().substring(5), messages)
                    : RequiredRecords.text(messages, "documentRegister." + definition.where());
            records.add(TemplateModelFactory.map("id", definition.id(),
                    "record", RequiredRecords.text(messages, "documentRegister.record." + definition.id()),
                    "clause", definition.clause(), "clause2011", definition.clause2011(),
                    "area", process != null ? process.get("name") : RequiredRecords.text(messages, "documentRegister.area." + definition.id()),
                    "owner", process != null ? process.get("owner") : "top".equals(definition.owner()) ? topManagement : manager,
                    "where", where,
                    "doc", "2011".equals(edition) && definition.doc2011() != null ? definition.doc2011() : definition.doc()));
        }
        return TemplateModelFactory.map("kindCounts", List.copyOf(kindCounts), "procedures", procedures,
                "slas", List.copyOf(named), "moreSlas", slas.size() - named.size(), "internalAgreements", List.copyOf(internalAgreements),
                "externalDocuments", List.copyOf(external), "records", List.copyOf(records));
    }

    /** A contract or agreement with a supplier: its name and what it provides, its reference and manager. */
    private static Map<String, Object> agreement(Map<String, Object> supplier, String key, String origin, String notRecorded,
                                                 Map<String, String> messages) {
        Object provides = supplier.get("provides");
        String party = supplier.get("name") + (provides == null || provides.toString().isEmpty() ? "" : ": " + provides);
        return TemplateModelFactory.map("document", RequiredRecords.text(messages, key).replace("{0}", party), "origin", origin,
                "reference", supplier.get("reference"), "owner", supplier.get("manager"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
