package io.smsdocs.core.model;

import io.smsdocs.core.standard.ProcessCatalogue;
import io.smsdocs.core.template.TemplateRepository;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each form names the record it produces; where the standard requires that record, its owner and place are the records matrix's. */
class FormsModelTest {

    private static final Map<String, Object> TOP = Map.of("id", "ceo", "title", "Chief Executive");
    private static final Map<String, Object> MANAGER = Map.of("id", "smsm", "title", "SMS Manager");
    private static final Map<String, Object> CHANGE = Map.of("id", "cm", "title", "Change Manager");
    private static final Map<String, Object> SUPPLIERS = Map.of("id", "sup", "title", "Supplier Manager");

    @Test
    void aFormOfARequiredRecordIsKeptWhereTheRecordsMatrixKeepsThatRecord() {
        Map<String, Object> rfc = row(forms("en", "2018", List.of(doc("form-rfc"))), "form-rfc");
        assertThat(rfc).containsEntry("record", "Request for change with its assessment, approval and outcome")
                .containsEntry("owner", CHANGE).containsEntry("keptIn", "Jira").containsEntry("retention", "3 years after closure")
                .containsEntry("clauses", List.of("8.5.1.2"));
        Map<String, Object> minutes = row(forms("en", "2018", List.of(doc("form-management-review-minutes"))), "form-management-review-minutes");
        assertThat(minutes).containsEntry("owner", TOP).containsEntry("keptIn", "SMS document library");
    }

    @Test
    void aFormOfAnotherRecordIsOwnedByItsProcessAndKeptInItsToolOrTheLibrary() {
        List<?> forms = forms("en", "2011", List.of(doc("form-supplier-review"), doc("form-internal-agreement")));
        assertThat(row(forms, "form-supplier-review")).containsEntry("owner", SUPPLIERS)
                .containsEntry("keptIn", "the service management tool")
                .containsEntry("record", "Performance review record (suppliers and internal groups)")
                .containsEntry("retention", "3 years after the end of the contract or agreement");
        assertThat(row(forms, "form-internal-agreement")).containsEntry("owner", SUPPLIERS)
                .containsEntry("keptIn", "SMS document library").containsEntry("record", "Signed agreement with an internal group");
        assertThat(row(forms("de", "2018", List.of(doc("form-internal-agreement"))), "form-internal-agreement"))
                .containsEntry("record", "Unterzeichnete Vereinbarung mit einem internen Lieferanten")
                .containsEntry("keptIn", "SMS-Dokumentenbibliothek");
    }

    @Test
    void aFormThatAPackAddsIsItsOwnRecordKeptInTheLibrary_andOtherKindsAreNotForms() {
        Map<String, Object> packForm = new LinkedHashMap<>(doc("acme-visitor-log"));
        packForm.put("title", "Visitor Log");
        List<?> forms = forms("en", "2018", List.of(packForm, Map.of("id", "change-management-policy", "templateId",
                "change-management-policy", "kind", "policy")));
        assertThat(forms).hasSize(1);
        assertThat(row(forms, "acme-visitor-log")).containsEntry("record", "Visitor Log").containsEntry("owner", MANAGER)
                .containsEntry("keptIn", "SMS document library").doesNotContainKey("retention");
    }

    @Test
    void formsListServicesToTickUpToTheLimitAndNoneBeyond() {
        List<Object> services = new ArrayList<>();
        for (int i = 0; i < FormsModel.PICK_LIST_LIMIT; i++) {
            services.add(Map.of("id", "s" + i));
        }
        Map<String, String> messages = messages("en", "2018");
        assertThat((List<?>) FormsModel.of(List.of(), List.of(), processes(), MANAGER, services, messages).get("services"))
                .hasSize(FormsModel.PICK_LIST_LIMIT);
        services.add(Map.of("id", "one-more"));
        assertThat((List<?>) FormsModel.of(List.of(), List.of(), processes(), MANAGER, services, messages).get("services")).isEmpty();
    }

    private static List<?> forms(String language, String edition, List<Map<String, Object>> documents) {
        Map<String, String> messages = messages(language, edition);
        Map<String, Object> processes = processes();
        return (List<?>) FormsModel.of(List.copyOf(documents), RequiredRecords.of(processes, TOP, MANAGER, messages), processes, MANAGER,
                List.of(), messages).get("all");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(List<?> forms, String id) {
        return forms.stream().map(f -> (Map<String, Object>) f).filter(f -> id.equals(((Map<?, ?>) f.get("doc")).get("id")))
                .findFirst().orElseThrow();
    }

    private static Map<String, Object> doc(String id) {
        return Map.of("id", id, "templateId", id, "kind", "form", "title", id, "owner", MANAGER, "clauses", List.of("8.5.1.2"));
    }

    private static Map<String, String> messages(String language, String edition) {
        return TemplateRepository.create(null, null, false, FormsModelTest.class.getClassLoader()).messages(language, edition);
    }

    /** Change management with its tool and owner, supplier management with its owner and no tool, the rest the SMS manager's. */
    private static Map<String, Object> processes() {
        Map<String, Object> processes = new LinkedHashMap<>();
        ProcessCatalogue.all().forEach(p -> processes.put(p.id(), switch (p.id()) {
            case "change-management" -> Map.of("id", p.id(), "owner", CHANGE, "toolName", "Jira");
            case "supplier-management" -> Map.of("id", p.id(), "owner", SUPPLIERS);
            default -> Map.of("id", p.id(), "owner", MANAGER);
        }));
        return processes;
    }
}
