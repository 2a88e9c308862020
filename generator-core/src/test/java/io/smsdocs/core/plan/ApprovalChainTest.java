package io.smsdocs.core.plan;

import io.smsdocs.core.descriptor.DescriptorLoader;
import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.template.TemplateRepository;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for the owner and approver of every document (docs/descriptor.md, "Owners and approvers of documents"). */
class ApprovalChainTest {

    /**
     * @param approvals what the descriptor says in sms.documentControl.approvals, as a YAML flow map, or ""
     * @param extra     further top-level YAML
     */
    private static Map<String, ControlData> plan(String approvals, String extra) {
        String yaml = """
                organization: {name: Example Ltd}
                sms:
                  scope: The SMS covers the services of Example Ltd.
                  topManagement: md
                  documentControl: {owner: smm, approver: md%s}
                roles:
                  - {id: md, title: Managing Director}
                  - {id: smm, title: Service Management Manager}
                  - {id: cm, title: Change Manager}
                  - {id: qm, title: Quality Manager}
                processes:
                  change-management: {owner: cm}
                services:
                  - {id: desk, name: Service Desk, owner: cm}
                %s""".formatted(approvals.isEmpty() ? "" : ", approvals: " + approvals, extra);
        LoadedDescriptor loaded = new DescriptorLoader().load(yaml.getBytes(StandardCharsets.UTF_8), "sms.yaml");
        TemplateRepository templates = TemplateRepository.create(null, null, false, ApprovalChainTest.class.getClassLoader());
        return new DocumentPlanner().plan(loaded, templates.documentTemplates(), templates::displayName).documents().stream()
                .collect(Collectors.toMap(PlannedDocument::id, PlannedDocument::control));
    }

    @Test
    void aProcessOwnsItsOwnDocumentsAndTheSmsManagerTheRest() {
        Map<String, ControlData> control = plan("", "");
        assertThat(control.get("change-management-policy").owner()).isEqualTo("cm");
        assertThat(control.get("sla-desk").owner()).isEqualTo("smm");   // service level management has no owner of its own
        assertThat(control.get("internal-audit").owner()).isEqualTo("smm");
    }

    @Test
    void topManagementApprovesWhatSetsDirectionAndTheSmsManagerWhatPutsItIntoPractice() {
        Map<String, ControlData> control = plan("", """
                documents:
                  overrides:
                    internal-audit: {owner: cm}
                """);
        assertThat(control.get("service-management-policy").approver()).isEqualTo("md");
        assertThat(control.get("change-management-policy").approver()).isEqualTo("md");
        assertThat(control.get("sms-scope").approver()).isEqualTo("md");
        assertThat(control.get("sms-plan").approver()).isEqualTo("md");
        assertThat(control.get("sla-desk").approver()).isEqualTo("md");
        // A procedure someone other than the SMS manager owns is approved by the SMS manager ...
        assertThat(control.get("internal-audit").approver()).isEqualTo("smm");
        // ... and one the SMS manager owns goes to the head of the chain: nobody approves their own document.
        assertThat(control.get("documented-information-control").approver()).isEqualTo("md");
        assertThat(control.get("risk-register").approver()).isEqualTo("md");
    }

    @Test
    void theDescriptorNamesTheApproverOfAKindAndAnOverrideOfOneDocumentWinsOverBoth() {
        Map<String, ControlData> control = plan("{procedure: qm, policy: smm}", """
                documents:
                  overrides:
                    internal-audit: {approver: cm}
                """);
        assertThat(control.get("documented-information-control").approver()).isEqualTo("qm");
        assertThat(control.get("internal-audit").approver()).isEqualTo("cm");
        assertThat(control.get("change-management-policy").approver()).isEqualTo("smm");
        // The SMS manager would approve the policy it owns: the head of the chain does.
        assertThat(control.get("service-management-policy").approver()).isEqualTo("md");
    }

    @Test
    void theRuleAloneGivesTheSameAnswerAsThePlan() {
        var chain = new ApprovalChain(new DescriptorLoader().load("""
                organization: {name: Example Ltd}
                sms: {scope: The SMS covers the services of Example Ltd., documentControl: {approvals: {register: qm}}}
                roles:
                  - {id: qm, title: Quality Manager}
                """.getBytes(StandardCharsets.UTF_8), "sms.yaml").descriptor());
        assertThat(chain.head()).isEqualTo("top-management");
        assertThat(chain.usualApprover("procedure")).isEqualTo("sms-manager");
        assertThat(chain.approver("procedure", "sms-manager")).isEqualTo("top-management");
        assertThat(chain.approver("register", "sms-manager")).isEqualTo("qm");
        assertThat(chain.approver("register", "qm")).isEqualTo("top-management");
        assertThat(chain.approver("policy", "top-management")).isEqualTo("top-management");
        assertThat(chain.usualApprover("plan")).isEqualTo("top-management");
    }
}
