package io.smsdocs.core.model;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProcedureModelTest {

    private static final OpenDecisionMarks NO_DECISIONS = new OpenDecisionMarks(List.of());

    private static Map<String, Object> role(String id) {
        return Map.of("id", id, "title", id.toUpperCase());
    }

    private static Map<String, Object> processes(Map<String, Object> change, Map<String, Object> others) {
        Map<String, Object> processes = new LinkedHashMap<>();
        for (String id : ProcedureModel.CAB_PROCESSES) {
            processes.put(id, Map.of("id", id, "owner", id.equals("change-management") ? change : others));
        }
        return processes;
    }

    @Test
    void cabMembersAreTheOtherOwnersEachOnceWithoutTheChair() {
        Map<String, Object> manager = role("manager");
        Map<String, Object> processes = new LinkedHashMap<>(processes(manager, manager));
        processes.put("release-and-deployment-management", Map.of("owner", role("release")));
        processes.put("incident-management", Map.of("owner", role("release")));
        processes.put("capacity-management", Map.of("owner", role("capacity")));
        assertThat(ProcedureModel.cabMembers(processes)).containsExactly(role("release"), role("capacity"));
    }

    @Test
    void aChairOwningEveryCabProcessHasNoOtherMembers() {
        Map<String, Object> manager = role("manager");
        assertThat(ProcedureModel.cabMembers(processes(manager, manager))).isEmpty();
    }

    @Test
    void highServicesOpportunitiesAndOperators() {
        Map<String, Object> high = Map.of("id", "a", "criticality", "high");
        Map<String, Object> none = Map.of("id", "b");
        Map<String, Object> opportunity = Map.of("id", "o", "type", "opportunity");
        Map<String, Object> risk = Map.of("id", "r");
        Map<String, Object> operator = Map.of("id", "s", "services", List.of(high));
        Map<String, Object> idle = Map.of("id", "t", "services", List.of());
        Map<String, Object> model = ProcedureModel.of(List.of(high, none), processes(role("m"), role("m")),
                List.of(opportunity, risk), List.of(operator, idle), Map.of("manager", role("m"), "topManagement", role("top")),
                List.of(Map.of("id", "P1"), Map.of("id", "P2"), Map.of("id", "P3")), Map.of());
        assertThat(model.get("highServices")).isEqualTo(List.of(high));
        assertThat(model.get("opportunities")).isEqualTo(List.of(opportunity));
        assertThat(((List<?>) model.get("operators")).stream().map(p -> (Object) ((Map<?, ?>) p).get("id")).toList()).containsExactly((Object) "s");
        assertThat(model.get("managerIsTop")).isEqualTo(false);
        assertThat(model.get("releaseReportsToChange")).isEqualTo(false);
        assertThat(model.get("earlyLifePriorities")).isEqualTo(List.of("P1", "P2"));
    }

    @Test
    void aSingleRoleAndASinglePriority() {
        Map<String, Object> processes = new LinkedHashMap<>(processes(role("m"), role("m")));
        processes.put("release-and-deployment-management", Map.of("owner", role("release")));
        Map<String, Object> model = ProcedureModel.of(List.of(), processes, List.of(), List.of(),
                Map.of("manager", role("m"), "topManagement", role("m")), List.of(Map.of("id", "P1")), Map.of());
        assertThat(model.get("managerIsTop")).isEqualTo(true);
        assertThat(model.get("releaseReportsToChange")).isEqualTo(true);
        assertThat(model.get("earlyLifePriorities")).isEqualTo(List.of());
    }

    @Test
    void aPartyIsNamedByItsTypeAndKeepsTheAgreementItsSupplierStates() {
        Map<String, String> german = Map.of("InternalSupplier", "Interner Lieferant");
        Map<String, Object> internal = ProcedureModel.party(Map.of("id", "hr", "type", "internal", "agreement", "Vereinbarung IA-7"), german);
        assertThat(internal).containsEntry("typeLabel", "Interner Lieferant").containsEntry("agreement", "Vereinbarung IA-7")
                .containsEntry("id", "hr");
        assertThat(ProcedureModel.party(Map.of("type", "external"), german)).containsEntry("typeLabel", "External supplier");
    }

    @Test
    void aSuppliersReferenceAndAgreementAreWordedOnceWhetherOrNotTheReferenceIsRecorded() {
        Map<String, String> german = Map.of("party.agreementRef", "Vereinbarung {0}", "supplier.noReference", "nicht erfasst",
                "party.supplierContract", "Lieferantenvertrag, Referenz nicht erfasst");
        var internal = new io.smsdocs.core.descriptor.model.Supplier("hr", "HR", "internal", null, "IA-7", "ops");
        var external = new io.smsdocs.core.descriptor.model.Supplier("c", "Cloudy", "external", null, null, "ops");
        assertThat(Parties.agreement(internal, german, NO_DECISIONS)).isEqualTo("Vereinbarung IA-7");
        assertThat(Parties.reference(internal, german, NO_DECISIONS)).isEqualTo("IA-7");
        assertThat(Parties.agreement(external, german, NO_DECISIONS)).isEqualTo("Lieferantenvertrag, Referenz nicht erfasst");
        assertThat(Parties.reference(external, german, NO_DECISIONS)).isEqualTo("nicht erfasst");
        // An external supplier without a reference is never said to work under an internal agreement.
        assertThat(Parties.agreement(external, Map.of(), NO_DECISIONS)).isEqualTo("Supplier contract, reference not recorded");
        assertThat(Parties.reference(external, Map.of(), NO_DECISIONS)).isEqualTo("not recorded");
    }
}
