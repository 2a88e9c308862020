package io.smsdocs.core.plan;

import io.smsdocs.core.descriptor.DescriptorLoader;
import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.programme.ScheduledActivity;
import io.smsdocs.core.template.TemplateRepository;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document is Approved from its effective date only when nothing says otherwise: while its subject is rated
 * missing, or while the implementation plan finishes the work on its clauses after that date, it is a Draft with
 * the planned approval, and an explicit status wins.
 */
class DocumentStatusTest {

    private static final String BASE = """
            organization: {name: Status Ltd}
            sms:
              scope: The SMS covers the IT services of Status Ltd.
              effectiveDate: 2026-03-02
            %s
            """;

    @Test
    void aDocumentWhoseWorkThePlanFinishesAfterTheEffectiveDateIsADraftWithThePlannedApproval() {
        DocumentPlan plan = plan("");
        ControlData policy = control(plan, "service-management-policy");
        // The policy cites 5.1 (P1-01), 5.2.x (P1-03) and 5.3 (P1-05): approvable when the last of them ends.
        LocalDate roles = end(plan, "P1-05");
        assertThat(roles).isAfter(end(plan, "P1-03")).isAfter(end(plan, "P1-01"));
        assertThat(policy.status()).isEqualTo("Draft");
        assertThat(policy.draft()).isTrue();
        assertThat(policy.effectiveDate()).isNull();
        assertThat(policy.nextReview()).isNull();
        assertThat(policy.plannedApproval()).isEqualTo(roles);
        assertThat(policy.revisions()).singleElement().satisfies(r -> assertThat(r.date()).isNull());
        // The scope statement waits for the SMS plan (4.4), the internal audit procedure for the audit programme.
        assertThat(control(plan, "sms-scope").plannedApproval()).isEqualTo(end(plan, "P1-06"));
        assertThat(control(plan, "internal-audit").plannedApproval()).isEqualTo(end(plan, "P2-16")).isBefore(end(plan, "P3-02"));
    }

    @Test
    void aDocumentWhoseClausesAreInPlaceIsApprovedFromTheEffectiveDate() {
        DocumentPlan plan = plan("""
                implementation:
                  gaps: [{clause: "5", status: implemented}, {clause: "8.6", status: partial}]
                """);
        ControlData policy = control(plan, "service-management-policy");
        assertThat(policy.status()).isEqualTo("Approved");
        assertThat(policy.effectiveDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(policy.nextReview()).isEqualTo(LocalDate.of(2027, 3, 2));
        assertThat(policy.plannedApproval()).isNull();
        // Partly in place still needs the (shortened) work before approval.
        assertThat(control(plan, "resolution-and-fulfilment").status()).isEqualTo("Draft");
    }

    @Test
    void aSubjectRatedMissingKeepsTheDocumentADraftEvenWhenThePlanIsLongDone() {
        DocumentPlan plan = plan("""
                implementation:
                  start: 2023-01-02
                  gaps: [{clause: "8.6.3", status: missing}]
                """);
        assertThat(end(plan, "P2-01")).isBefore(LocalDate.of(2026, 3, 2));
        assertThat(control(plan, "resolution-and-fulfilment").status()).isEqualTo("Draft");
        assertThat(control(plan, "resolution-and-fulfilment").plannedApproval()).isEqualTo(end(plan, "P2-01"));
        // A document whose work ended before the effective date, and whose subject is not rated missing, is approved.
        assertThat(control(plan, "service-management-policy").status()).isEqualTo("Approved");
    }

    @Test
    void anExplicitStatusWinsAndKeepsTheEffectiveDate() {
        DocumentPlan plan = plan("""
                documents:
                  overrides:
                    service-management-policy: {status: Approved}
                    sla: {status: Released}
                services: [{id: desk, name: Desk}]
                """);
        ControlData policy = control(plan, "service-management-policy");
        assertThat(policy.status()).isEqualTo("Approved");
        assertThat(policy.effectiveDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(policy.plannedApproval()).isNull();
        assertThat(control(plan, "sla-desk").status()).isEqualTo("Released");
    }

    @Test
    void withoutAnEffectiveDateEveryDocumentIsADraftAndStillShowsWhenThePlanApprovesIt() {
        DocumentPlan plan = plan("""
                implementation: {start: 2026-03-02}
                """, false);
        ControlData policy = control(plan, "service-management-policy");
        assertThat(policy.status()).isEqualTo("Draft");
        assertThat(policy.plannedApproval()).isEqualTo(end(plan, "P1-05"));
    }

    @Test
    void theSameDescriptorAlwaysGivesTheSameControlData() {
        assertThat(plan("").documents()).extracting(PlannedDocument::control)
                .containsExactlyElementsOf(plan("").documents().stream().map(PlannedDocument::control).toList());
    }

    private static DocumentPlan plan(String extra) {
        return plan(extra, true);
    }

    private static DocumentPlan plan(String extra, boolean effective) {
        String yaml = BASE.formatted(extra);
        if (!effective) {
            yaml = yaml.replace("  effectiveDate: 2026-03-02\n", "");
        }
        LoadedDescriptor loaded = new DescriptorLoader().load(yaml.getBytes(StandardCharsets.UTF_8), "sms.yaml");
        TemplateRepository templates = TemplateRepository.create(null, null, false, DocumentStatusTest.class.getClassLoader());
        return new DocumentPlanner().plan(loaded, templates.documentTemplates(), templates::displayName,
                templates.messages("en", "2018"));
    }

    private static ControlData control(DocumentPlan plan, String id) {
        return plan.find(id).orElseThrow().control();
    }

    private static LocalDate end(DocumentPlan plan, String activity) {
        return plan.programme().plan().activity(activity).map(ScheduledActivity::end).orElseThrow();
    }
}
