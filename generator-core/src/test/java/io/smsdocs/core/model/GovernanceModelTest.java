package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.DescriptorLoader;
import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.plan.DocumentPlan;
import io.smsdocs.core.plan.DocumentPlanner;
import io.smsdocs.core.template.TemplateRepository;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GovernanceModelTest {

    private static final String ROLES = """
            roles:
              - {id: md, title: Managing Director, person: Ann Boss}
              - {id: smm, title: Service Management Manager}
              - {id: desk, title: Service Desk Lead, person: Dee Desk}
              - {id: idle, title: Idle Role}
              - {id: sec, title: Security Officer}
            """;

    /** A small set: the SMS manager owns every process the descriptor does not give to someone else. */
    private static String descriptor(String language, String edition, String extra) {
        return """
                organization: {name: Example Ltd}
                sms:
                  edition: "%s"
                  language: %s
                  scope: The SMS covers the services of Example Ltd.
                  topManagement: md
                  documentControl: {owner: smm, approver: md}
                %s%s""".formatted(edition, language, ROLES, extra);
    }

    private static Map<String, Object> governance(String yaml) {
        LoadedDescriptor loaded = new DescriptorLoader().load(yaml.getBytes(StandardCharsets.UTF_8), "sms.yaml");
        TemplateRepository templates = TemplateRepository.create(null, null, false, GovernanceModelTest.class.getClassLoader());
        DocumentPlan plan = new DocumentPlanner().plan(loaded, templates.documentTemplates(), templates::displayName);
        return map(new TemplateModelFactory(loaded.descriptor(), plan).modelFor(plan.documents().get(0)).get("governance"));
    }

    @Test
    void toolsAreNamedOnceInTheOrderProcessesUseThemAndProcessesWithoutOneShareTheDefaultTool() {
        Map<String, Object> governance = governance(descriptor("en", "2018", """
                processes:
                  incident-management: {owner: desk, tool: Jira}
                  change-management: {owner: smm, tool: Jira}
                  asset-management: {owner: smm, tool: Snipe-IT}
                """));

        List<Object> tools = list(governance.get("tools"));
        assertThat(tools).extracting(t -> map(t).get("name")).containsExactly("Snipe-IT", "Jira");
        assertThat(map(tools.get(1)).get("processes")).isEqualTo(List.of("Change management", "Incident management"));
        assertThat(list(governance.get("untooledProcesses"))).hasSize(16).contains("Problem management");
        List<Object> technology = list(governance.get("technology"));
        assertThat(technology).hasSize(3);
        assertThat(map(technology.get(2)).get("name")).isEqualTo("The service management tool (open decision D-04)");
        assertThat(map(governance.get("inTool"))).containsEntry("incident-management", "in Jira")
                .containsEntry("problem-management", "in the service management tool (open decision D-04)");
    }

    @Test
    void withoutAnyToolThereIsNoTechnologyTable() {
        Map<String, Object> governance = governance(descriptor("en", "2018", ""));

        assertThat(list(governance.get("tools"))).isEmpty();
        assertThat(list(governance.get("technology"))).isEmpty();
        assertThat(list(governance.get("untooledProcesses"))).hasSize(19);
    }

    @Test
    void oneRoleOwningSeveralProcessesIsTheKeyOwnerAndOnlyRolesThatTakePartAreActive() {
        Map<String, Object> governance = governance(descriptor("en", "2018", """
                processes:
                  incident-management: {owner: desk}
                """));

        assertThat(list(governance.get("multiProcessOwners"))).extracting(r -> map(r).get("id")).containsExactly("smm");
        Map<String, Object> keyOwner = map(governance.get("keyOwner"));
        assertThat(map(keyOwner.get("role")).get("id")).isEqualTo("smm");
        assertThat(keyOwner.get("processes")).isEqualTo(18);
        // md is top management, smm the manager, desk has a holder and a process; idle and sec take no part.
        assertThat(list(governance.get("activeRoles"))).extracting(r -> map(r).get("id")).containsExactly("md", "smm", "desk");
        assertThat(list(governance.get("otherProcessOwners"))).extracting(r -> map(r).get("id")).containsExactly("desk");
        assertThat(governance.get("managerOwnsAll")).isEqualTo(false);
        assertThat(list(governance.get("topProcesses"))).isEmpty();
    }

    @Test
    void twoRolesOwningSeveralProcessesLeaveNoKeyOwner() {
        Map<String, Object> governance = governance(descriptor("en", "2018", """
                processes:
                  incident-management: {owner: desk}
                  problem-management: {owner: desk}
                """));

        assertThat(list(governance.get("multiProcessOwners"))).hasSize(2);
        assertThat(governance).doesNotContainKey("keyOwner");
    }

    @Test
    void openGapsLeaveOutImplementedClausesAndNameTheStatusInTheSetsLanguage() {
        String gaps = """
                implementation:
                  gaps:
                    - {clause: "8.6.1", status: implemented}
                    - {clause: "8.6.3", status: partial, note: after major incidents only}
                    - {clause: "9.2", status: missing}
                """;

        List<Object> english = list(governance(descriptor("en", "2018", gaps)).get("openGaps"));
        assertThat(english).extracting(g -> map(g).get("clause")).containsExactly("8.6.3", "9.2");
        assertThat(map(english.get(0))).containsEntry("status", "Partial").containsEntry("note", "after major incidents only")
                .containsEntry("title", "Problem management");
        assertThat(map(english.get(1))).containsEntry("status", "Missing").doesNotContainKey("note");

        List<Object> german = list(governance(descriptor("de", "2018", gaps)).get("openGaps"));
        assertThat(german).extracting(g -> map(g).get("status")).containsExactly("Teilweise umgesetzt", "Fehlt");
    }

    @Test
    void reviewFrequenciesAreTranslatedWhereTheBundleKnowsThemAndOtherwiseShownAsWritten() {
        String processes = """
                processes:
                  incident-management: {owner: desk, reviewFrequency: every six months}
                  problem-management: {owner: desk, reviewFrequency: biennially}
                """;

        Map<String, Object> german = process(governance(descriptor("de", "2018", processes)), "incident-management");
        assertThat(german).containsEntry("review", "halbjährlich").containsEntry("reviewLabel", "Halbjährlich")
                .containsEntry("tool", "Servicemanagement-Tool (offene Entscheidung D-04)");
        assertThat(process(governance(descriptor("de", "2018", processes)), "problem-management"))
                .containsEntry("review", "biennially").containsEntry("reviewLabel", "Biennially");
        assertThat(process(governance(descriptor("en", "2018", processes)), "incident-management"))
                .containsEntry("review", "every six months").containsEntry("reviewLabel", "Every six months")
                .containsEntry("tool", "The service management tool (open decision D-04)");
    }

    @Test
    void eachProcessListsTheDocumentsThatAddressItsClauseWithoutRegistersAndAgreements() {
        Map<String, Object> incident = process(governance(descriptor("en", "2018", "")), "incident-management");

        assertThat(incident.get("clause")).isEqualTo("8.6.1");
        assertThat(list(incident.get("documents"))).contains("resolution-and-fulfilment").doesNotContain("document-register");
    }

    @Test
    void documentApprovalEscalatesToTopManagementOnlyWhenSomeoneElseApproves() {
        Map<String, Object> byTop = map(governance(descriptor("en", "2018", "")).get("approvals"));
        assertThat(map(byTop.get("documents")).get("id")).isEqualTo("md");
        assertThat(byTop).doesNotContainKey("escalation");

        Map<String, Object> byManager = map(governance(descriptor("en", "2018", "").replace("approver: md", "approver: smm")).get("approvals"));
        assertThat(map(byManager.get("escalation")).get("id")).isEqualTo("md");
    }

    @Test
    void theContinuityDeputyIsTheProcessOwnerOrTheManagerButNeverTopManagement() {
        assertThat(map(governance(descriptor("en", "2018", "")).get("continuityDeputy")).get("id")).isEqualTo("smm");
        assertThat(map(governance(descriptor("en", "2018", """
                processes:
                  service-continuity-management: {owner: sec}
                """)).get("continuityDeputy")).get("id")).isEqualTo("sec");
        String topIsManager = descriptor("en", "2018", """
                processes:
                  service-continuity-management: {owner: md}
                """).replace("owner: smm, approver", "owner: md, approver");
        assertThat(governance(topIsManager)).doesNotContainKey("continuityDeputy");
    }

    @Test
    void rolesListEverythingTheyAreAccountableForAndRolesWithAHolderButNoDutyAreStillListed() {
        Map<String, Object> governance = governance(descriptor("en", "2018", """
                processes:
                  incident-management: {owner: desk}
                """).replace("{id: idle, title: Idle Role}", "{id: idle, title: Idle Role, person: Ivan Idle}"));

        List<Object> rows = list(governance.get("roleDuties"));
        assertThat(rows).extracting(r -> map(map(r).get("role")).get("id")).containsExactly("md", "smm", "desk", "idle");
        assertThat((String) map(rows.get(0)).get("duties")).startsWith("Top management: directs the SMS")
                .contains("chairs the management review. Approves policies, the scope statement, plans, procedures");
        assertThat((String) map(rows.get(2)).get("duties")).isEqualTo("Process owner: Incident management.");
        assertThat(map(rows.get(3)).get("duties")).isEqualTo("Carries out the activities assigned to the role in the SMS procedures.");
    }

    @Test
    void competenceJoinsWhatEachDutyCallsForAndFallsBackToTheRoleDescription() {
        Map<String, Object> governance = governance(descriptor("de", "2018", """
                processes:
                  incident-management: {owner: desk}
                  problem-management: {owner: desk}
                """));

        List<Object> rows = list(governance.get("competence"));
        assertThat(rows).extracting(r -> map(map(r).get("role")).get("id")).containsExactly("md", "smm", "desk");
        assertThat(map(rows.get(2)).get("required")).isEqualTo("Bearbeitung und Eskalation von Incidents sowie Koordination von "
                + "Major Incidents; Methoden der Ursachenanalyse.");
        assertThat((String) map(rows.get(1)).get("required")).startsWith("Fundierte Kenntnis der ISO/IEC 20000-1:2018");
    }

    @Test
    void suppliersAreNamedByKindInTheSingularOrPluralOfTheEdition() {
        String suppliers = """
                suppliers:
                  - {id: a, name: Alpha, type: external, manager: smm}
                  - {id: b, name: Beta, type: external, manager: smm, contractRef: B-1}
                  - {id: c, name: Gamma, type: internal, manager: smm}
                """;

        Map<String, Object> english = governance(descriptor("en", "2018", suppliers));
        assertThat(list(english.get("suppliersNamed"))).containsExactly("the external suppliers Alpha and Beta", "the internal supplier Gamma");
        assertThat(list(english.get("externalContracts"))).containsExactly("Alpha", "Beta (B-1)");
        assertThat(list(english.get("contractRefs"))).containsExactly("Alpha", "B-1");
        assertThat(map(map(english.get("supplierType")).get("internal"))).containsEntry("label", "Internal supplier");

        assertThat(list(governance(descriptor("en", "2011", suppliers)).get("suppliersNamed")))
                .containsExactly("the suppliers Alpha and Beta", "the internal group Gamma");
        assertThat(list(governance(descriptor("de", "2011", suppliers)).get("suppliersNamed")))
                .containsExactly("die Lieferanten Alpha und Beta", "die interne Gruppe Gamma");
        assertThat(list(governance(descriptor("de", "2018", suppliers)).get("suppliersNamed")))
                .containsExactly("die externen Lieferanten Alpha und Beta", "den internen Lieferanten Gamma");
    }

    @Test
    void topManagementNamedAfterItsFunctionIsGenericInEitherLanguage() {
        assertThat(governance(descriptor("en", "2018", "")).get("topGeneric")).isEqualTo(false);
        String generic = descriptor("en", "2018", "").replace("title: Managing Director", "title: Top management");
        assertThat(governance(generic).get("topGeneric")).isEqualTo(true);
        String german = descriptor("de", "2018", "").replace("title: Managing Director", "title: Oberste Leitung");
        assertThat(governance(german).get("topGeneric")).isEqualTo(true);
    }

    @Test
    void theSecurityOwnersTitleIsCheckedForTheWordInEitherLanguage() {
        String security = """
                processes:
                  information-security-management: {owner: sec}
                """;
        assertThat(governance(descriptor("en", "2018", security)).get("securityTitled")).isEqualTo(true);
        assertThat(governance(descriptor("en", "2018", "")).get("securityTitled")).isEqualTo(false);
        String german = descriptor("de", "2018", security).replace("title: Security Officer", "title: IT-Sicherheitsbeauftragter");
        assertThat(governance(german).get("securityTitled")).isEqualTo(true);
    }

    @Test
    void clauseCoverageFollowsTheClauseGroupsOfTheEdition() {
        Map<String, Object> current = governance(descriptor("en", "2018", ""));
        assertThat(list(current.get("clauseCoverage"))).hasSize(13);
        assertThat(current.get("lastClause")).isEqualTo("10");
        Map<String, Object> eightThree = map(list(current.get("clauseCoverage")).get(6));
        assertThat(eightThree.get("clause")).isEqualTo("8.3");
        assertThat(list(eightThree.get("documents"))).contains("relationship-and-agreement").doesNotContain("document-register");

        Map<String, Object> old = governance(descriptor("en", "2011", ""));
        assertThat(list(old.get("clauseCoverage"))).hasSize(10);
        assertThat(old.get("lastClause")).isEqualTo("9");
    }

    @Test
    void documentKindsNameTheirPrefixAnExampleAndEveryApproverOnce() {
        List<Object> kinds = list(governance(descriptor("en", "2018", "")).get("documentKinds"));

        Map<String, Object> policy = kinds.stream().map(GovernanceModelTest::map).filter(k -> k.get("kind").equals("policy")).findFirst().orElseThrow();
        assertThat(policy).containsEntry("label", "Policy").containsEntry("prefix", "POL").containsEntry("approvers", "Managing Director");
        assertThat((String) policy.get("example")).endsWith("-POL-01");
    }

    @Test
    void theApprovalChainNamesWholeKindsAndSinglesOutTheDocumentsOfAKindWithSeveralApprovers() {
        // The SMS manager owns most procedures, so top management approves them; the desk lead owns the catalogue.
        Map<String, Object> governance = governance(descriptor("en", "2018", """
                processes:
                  service-catalogue-management: {owner: desk}
                documents:
                  overrides:
                    internal-audit: {owner: desk}
                """));

        List<Map<String, Object>> chain = list(governance.get("approvalChain")).stream().map(GovernanceModelTest::map).toList();
        assertThat(chain).extracting(r -> map(r.get("approver")).get("id")).containsExactly("md", "smm");
        // No service, so no agreement; the kinds in the order the chain states them.
        assertThat(chain.get(0).get("kinds")).isEqualTo(List.of("policy", "statement", "plan", "procedure", "register", "matrix", "glossary", "form"));
        // The request catalogue belongs to request management, which the SMS manager owns here: top management approves it.
        assertThat(chain.get(0).get("what")).isEqualTo("policies, the scope statement, plans, procedures other than the Internal Audit "
                + "Procedure, registers, matrices, the glossary, forms and the Request Catalogue");
        assertThat(chain.get(0)).doesNotContainKey("escalation");
        // The procedure the desk lead owns goes to the SMS manager, and is named by its title.
        assertThat(chain.get(1).get("kinds")).isEqualTo(List.of("catalogue"));
        assertThat(list(chain.get(1).get("documents"))).containsExactly("internal-audit");
        assertThat(chain.get(1).get("what")).isEqualTo("the catalogues other than the Request Catalogue and the Internal Audit Procedure");
        assertThat(map(chain.get(1).get("escalation")).get("id")).isEqualTo("md");
    }

    @Test
    void theSlaSignatoryIsTheApproverTheAgreementsName() {
        String services = """
                services:
                  - {id: a, name: A, owner: desk}
                """;
        assertThat(map(governance(descriptor("en", "2018", services)).get("slaSignatory")).get("id")).isEqualTo("md");
        assertThat(map(governance(descriptor("en", "2018", services.replace("services:", """
                documents:
                  overrides:
                    sla: {approver: desk}
                services:"""))).get("slaSignatory")).get("id")).isEqualTo("desk");
        // Without a service there is no SLA: the chain says who would sign one.
        assertThat(map(governance(descriptor("en", "2018", "")).get("slaSignatory")).get("id")).isEqualTo("md");
    }

    @Test
    void availabilityTargetsGiveTheRangeOfTheServices() {
        assertThat(governance(descriptor("en", "2018", ""))).doesNotContainKey("availability");
        Map<String, Object> availability = map(governance(descriptor("en", "2018", """
                services:
                  - {id: a, name: A, owner: desk, availabilityTarget: 99.9}
                  - {id: b, name: B, owner: desk, availabilityTarget: 99.5}
                """)).get("availability"));
        assertThat(availability.get("same")).isEqualTo(false);
        assertThat(availability.get("lowest").toString()).isEqualTo("99.5");
        assertThat(availability.get("highest").toString()).isEqualTo("99.9");
    }

    private static Map<String, Object> process(Map<String, Object> governance, String id) {
        return list(governance.get("processRows")).stream().map(GovernanceModelTest::map).filter(p -> p.get("id").equals(id)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
