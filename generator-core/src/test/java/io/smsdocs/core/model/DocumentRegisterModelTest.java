package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.model.Customer;
import io.smsdocs.core.descriptor.model.Service;
import io.smsdocs.core.standard.ProcessCatalogue;
import io.smsdocs.core.template.TemplateRepository;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The document register and the records matrix decide owners, places and counts once, in the set's words. */
class DocumentRegisterModelTest {

    private static final Map<String, Object> TOP = Map.of("id", "ceo", "title", "Chief Executive");
    private static final Map<String, Object> MANAGER = Map.of("id", "smsm", "title", "SMS Manager");
    private static final Map<String, Object> OPS = Map.of("id", "ops", "title", "Operations Lead");

    @Test
    void documentsAreCountedByKindInTheSetsLanguage() {
        List<Object> documents = List.of(doc("a", "policy"), doc("b", "policy"), doc("c", "matrix"), doc("d", "procedure"));
        assertThat(register("en", "2018", documents, List.of(), List.of()).get("kindCounts"))
                .isEqualTo(List.of("2 policies", "1 procedure", "1 matrix"));
        assertThat(register("de", "2018", documents, List.of(), List.of()).get("kindCounts"))
                .isEqualTo(List.of("2 Politiken", "1 Verfahren", "1 Matrix"));
    }

    @Test
    void pastADozenSlasTheFirstTenAreNamedAndTheRestCounted() {
        List<Object> twelve = new ArrayList<>();
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            twelve.add(doc("sla-s" + i, "agreement"));
            services.add(new Service("s" + i, "Service " + i, null, "ops", i < 2 ? List.of("acme") : List.of(), List.of(), null,
                    BigDecimal.ONE, null, null));
        }
        Map<String, Object> thirteen = register("en", "2018", twelve, services, List.of(new Customer("acme", "Acme", null, null),
                new Customer("other", "Other", null, null)));
        assertThat((List<?>) thirteen.get("slas")).hasSize(10);
        assertThat(thirteen.get("moreSlas")).isEqualTo(3);
        assertThat(thirteen.get("externalDocuments")).isEqualTo(List.of(
                Map.of("document", "Contract with Cloudy: hosting", "origin", "External supplier", "reference", "C-1", "owner", OPS),
                Map.of("document", "Agreement with Network team", "origin", "Internal supplier", "reference", "not recorded", "owner", OPS),
                Map.of("document", "Contract with Acme, with the signed copies of its service level agreements", "origin", "Customer",
                        "reference", "REF-sla-s0, REF-sla-s1", "owner", MANAGER),
                Map.of("document", "Contract with Other, with the signed copies of its service level agreements", "origin", "Customer",
                        "reference", "not recorded", "owner", MANAGER)));

        Map<String, Object> twelveOnly = register("en", "2018", twelve.subList(0, 12), services, List.of());
        assertThat((List<?>) twelveOnly.get("slas")).hasSize(12);
        assertThat(twelveOnly.get("moreSlas")).isEqualTo(0);
    }

    @Test
    void recordsNameTheirProcessOrArea_theirPlaceAndTheDocumentOfTheEdition() {
        List<Map<String, Object>> records2018 = records(register("en", "2018", List.of(), List.of(), List.of()));
        assertThat(record(records2018, "configuration")).containsEntry("record", "Configuration information")
                .containsEntry("area", "Configuration management").containsEntry("owner", OPS)
                .containsEntry("where", "Jira Service Management").containsEntry("doc", "service-portfolio");
        assertThat(record(records2018, "incidents")).containsEntry("where", "the service management tool");
        assertThat(record(records2018, "securityIncidents")).containsEntry("where", "the service management tool");
        assertThat(record(records2018, "managementReviews")).containsEntry("area", "Management review").containsEntry("owner", TOP)
                .containsEntry("where", "the SMS document library");
        assertThat(record(records2018, "supplierDisputes")).containsEntry("record", "Contractual disputes with external suppliers");

        List<Map<String, Object>> records2011 = records(register("en", "2011", List.of(), List.of(), List.of()));
        assertThat(record(records2011, "configuration")).containsEntry("record", "CMDB information").containsEntry("doc", "control-processes");
        assertThat(record(records2011, "supplierDisputes")).containsEntry("record", "Contractual disputes with suppliers");
        assertThat(record(records(register("de", "2011", List.of(), List.of(), List.of())), "supplierDisputes"))
                .containsEntry("record", "Vertragsstreitigkeiten mit Lieferanten");
    }

    @Test
    void theRecordsMatrixFollowsTheWordsOfTheEdition() {
        List<?> records = RequiredRecords.of(processes(), TOP, MANAGER, messages("en", "2011"));
        assertThat(records.get(2)).isEqualTo(Map.of("id", "configuration", "record", "CMDB information and configuration audit reports",
                "clause", "8.2.6", "owner", OPS, "where", "Jira Service Management",
                "retention", "3 years after the configuration item is withdrawn; audit reports 3 years"));
        assertThat(RequiredRecords.text(Map.of("k", "{A} and {B}", "A", "x"), "k")).isEqualTo("x and {B}");
    }

    private static Map<String, Object> register(String language, String edition, List<Object> documents, List<Service> services,
                                                List<Customer> customers) {
        // Suppliers as the model holds them: the reference worded once (Parties).
        List<Object> external = List.of(Map.of("name", "Cloudy", "provides", "hosting", "contractRef", "C-1", "reference", "C-1", "manager", OPS));
        List<Object> internal = List.of(Map.of("name", "Network team", "provides", "", "reference", "not recorded", "manager", OPS));
        return DocumentRegisterModel.of(edition, documents, processes(), customers, services, external, internal, TOP, MANAGER,
                messages(language, edition));
    }

    private static Map<String, String> messages(String language, String edition) {
        return TemplateRepository.create(null, null, false, DocumentRegisterModelTest.class.getClassLoader()).messages(language, edition);
    }

    /** Every process owned by the SMS manager, except configuration management with its own tool. */
    private static Map<String, Object> processes() {
        Map<String, Object> processes = new LinkedHashMap<>();
        ProcessCatalogue.all().forEach(p -> processes.put(p.id(), p.id().equals("configuration-management")
                ? Map.of("id", p.id(), "name", p.name(), "owner", OPS, "tool", "Jira Service Management")
                : Map.of("id", p.id(), "name", p.name(), "owner", MANAGER)));
        return processes;
    }

    private static Object doc(String id, String kind) {
        return Map.of("id", id, "kind", kind, "reference", "REF-" + id);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> records(Map<String, Object> register) {
        return (List<Map<String, Object>>) register.get("records");
    }

    private static Map<String, Object> record(List<Map<String, Object>> records, String id) {
        return records.stream().filter(r -> id.equals(r.get("id"))).findFirst().orElseThrow();
    }
}
