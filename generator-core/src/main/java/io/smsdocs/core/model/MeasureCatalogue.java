package io.smsdocs.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every measure the documents of the set name, defined once: which process owns it (its owner is the measure's
 * owner, its tool the data source), how often it is measured and to whom it is reported, and which documents list
 * it in their measures table, in order. Its name, target and formula are bundle keys (kpi.&lt;id&gt;,
 * kpi.&lt;id&gt;.target, kpi.&lt;id&gt;.formula; kpi.&lt;id&gt;.source for a measure no process owns), so every
 * document prints the same words and the same target. One measure of each process is its main measure, the one
 * the monitoring procedure lists and an SMS objective may set (see {@link Measurement}).
 */
final class MeasureCatalogue {

    /**
     * One measure. process is the owning process (null for a measure of the SMS itself, owned by the owner of the
     * document that names it); sourceProcess, when not null, is the process whose tool holds the data when that is
     * not the owning process's (incidents are recorded in the incident tool); frequency is a key of kpi.frequency.*
     * and reportedTo of kpi.reportedTo.*.
     */
    record Entry(String id, String process, String sourceProcess, String frequency, String reportedTo, boolean main) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("sla-incident-targets", "incident-management", null, "monthly", "customers", false),
            new Entry("incident-resolution", "incident-management", null, "monthly", "performance", true),
            new Entry("first-contact", "incident-management", null, "monthly", "performance", false),
            new Entry("major-incident-reviews", "incident-management", null, "monthly", "performance", false),
            new Entry("sla-request-targets", "service-request-management", null, "monthly", "customers", false),
            new Entry("request-fulfilment", "service-request-management", null, "monthly", "performance", true),
            new Entry("repeat-incidents", "problem-management", null, "quarterly", "performance", true),
            new Entry("known-errors-published", "problem-management", null, "monthly", "performance", false),
            new Entry("change-success", "change-management", null, "monthly", "performance", false),
            new Entry("change-incidents", "change-management", null, "monthly", "performance", true),
            new Entry("emergency-changes", "change-management", null, "monthly", "performance", false),
            new Entry("unauthorised-changes", "change-management", null, "monthly", "performance", false),
            new Entry("release-success", "release-and-deployment-management", null, "monthly", "performance", true),
            new Entry("ci-accuracy", "configuration-management", null, "quarterly", "performance", true),
            new Entry("ci-updates", "configuration-management", null, "monthly", "performance", false),
            new Entry("asset-accuracy", "asset-management", null, "yearly", "performance", true),
            new Entry("licence-compliance", "asset-management", null, "quarterly", "performance", false),
            new Entry("catalogue-coverage", "service-catalogue-management", null, "quarterly", "performance", true),
            new Entry("service-reviews", "business-relationship-management", null, "quarterly", "performance", false),
            new Entry("satisfaction", "business-relationship-management", null, "quarterly", "performance", true),
            new Entry("complaints", "business-relationship-management", null, "monthly", "performance", false),
            new Entry("sla-targets-met", "service-level-management", null, "monthly", "performance", true),
            new Entry("supplier-reviews", "supplier-management", null, "quarterly", "performance", true),
            new Entry("supplier-performance", "supplier-management", null, "monthly", "performance", false),
            new Entry("supplier-agreements", "supplier-management", null, "quarterly", "performance", false),
            new Entry("party-agreements", "supplier-management", null, "quarterly", "performance", false),
            new Entry("party-reviews", "supplier-management", null, "quarterly", "performance", false),
            new Entry("party-audits", "supplier-management", null, "yearly", "management", false),
            new Entry("cost-against-budget", "budgeting-and-accounting", null, "monthly", "performance", true),
            new Entry("cost-variances", "budgeting-and-accounting", null, "monthly", "performance", false),
            new Entry("demand-forecast", "demand-management", null, "quarterly", "performance", true),
            new Entry("capacity-warnings", "capacity-management", null, "monthly", "performance", true),
            new Entry("capacity-incidents", "capacity-management", "incident-management", "monthly", "performance", false),
            new Entry("capacity-actions", "capacity-management", null, "monthly", "performance", false),
            new Entry("acceptance", "service-design-and-transition", null, "monthly", "performance", true),
            new Entry("outcomes", "service-design-and-transition", null, "monthly", "performance", false),
            new Entry("early-incidents", "service-design-and-transition", "incident-management", "monthly", "performance", false),
            new Entry("outcome-reports", "service-design-and-transition", null, "monthly", "performance", false),
            new Entry("knowledge-at-go-live", "service-design-and-transition", null, "monthly", "performance", false),
            new Entry("availability-met", "service-availability-management", null, "monthly", "performance", true),
            new Entry("outage-investigations", "service-availability-management", null, "monthly", "performance", false),
            new Entry("continuity-tests", "service-continuity-management", null, "quarterly", "performance", true),
            new Entry("security-incidents", "information-security-management", null, "quarterly", "performance", true),
            new Entry("patching", "change-management", null, "monthly", "performance", false),
            new Entry("security-breaches", "information-security-management", null, "monthly", "performance", false),
            new Entry("access-control", "information-security-management", null, "monthly", "performance", false),
            new Entry("awareness-training", null, null, "monthly", "performance", false),
            new Entry("access-reviews", "information-security-management", null, "quarterly", "performance", false),
            new Entry("security-lessons", "information-security-management", null, "monthly", "performance", false),
            new Entry("control-reviews", "information-security-management", null, "yearly", "management", false),
            new Entry("reports-on-time", "service-reporting", null, "monthly", "performance", true),
            new Entry("report-errors", "service-reporting", null, "monthly", "performance", false),
            new Entry("red-results", "service-reporting", null, "monthly", "performance", false),
            new Entry("performance-actions", "service-reporting", null, "monthly", "performance", false),
            new Entry("kb-usage", null, "incident-management", "monthly", "performance", false),
            new Entry("kb-overdue", null, "incident-management", "monthly", "performance", false),
            new Entry("kb-flagged", null, "incident-management", "monthly", "performance", false),
            new Entry("starters-briefed", null, null, "monthly", "management", false),
            new Entry("refresher-passed", null, null, "yearly", "management", false),
            new Entry("competence-actions", null, null, "quarterly", "management", false),
            new Entry("competence-level", null, null, "yearly", "management", false),
            new Entry("documents-reviewed", null, null, "monthly", "management", false),
            new Entry("documents-out-of-date", null, null, "audit", "management", false),
            new Entry("records-retrieved", null, null, "audit", "management", false),
            new Entry("document-changes-published", null, null, "monthly", "management", false),
            new Entry("audits-on-schedule", null, null, "quarterly", "management", false),
            new Entry("areas-audited", null, null, "yearly", "management", false),
            new Entry("audit-reports-on-time", null, null, "monthly", "management", false),
            new Entry("audit-findings-closed", null, null, "monthly", "management", false),
            new Entry("audit-findings-repeated", null, null, "yearly", "management", false),
            new Entry("reviews-held", null, null, "yearly", "management", false),
            new Entry("review-input", null, null, "review", "management", false),
            new Entry("review-minutes", null, null, "review", "management", false),
            new Entry("review-actions", null, null, "quarterly", "management", false),
            new Entry("nonconformities-recorded", null, null, "monthly", "management", false),
            new Entry("action-plans-approved", null, null, "monthly", "management", false),
            new Entry("corrective-actions-completed", null, null, "monthly", "management", false),
            new Entry("corrective-actions-effective", null, null, "quarterly", "management", false),
            new Entry("nonconformities-recurring", null, null, "yearly", "management", false),
            new Entry("opportunities-evaluated", null, null, "monthly", "management", false),
            new Entry("improvements-on-time", null, null, "monthly", "management", false),
            new Entry("improvements-measured", null, null, "quarterly", "management", false),
            new Entry("improvements-on-target", null, null, "quarterly", "management", false),
            new Entry("improvements-per-year", null, null, "yearly", "management", false));

    /**
     * The measures each document lists in its measures table, in order, by template id; "id@2011" is a document's
     * own list in a 2011 set, where it holds other processes.
     */
    static final Map<String, List<String>> NAMED_IN = Map.ofEntries(
            Map.entry("resolution-and-fulfilment", List.of("incident-resolution", "first-contact", "request-fulfilment", "major-incident-reviews", "repeat-incidents")),
            Map.entry("knowledge-management", List.of("kb-usage", "kb-overdue", "known-errors-published", "knowledge-at-go-live", "kb-flagged")),
            Map.entry("control-processes", List.of("ci-accuracy", "change-success", "change-incidents", "emergency-changes", "unauthorised-changes", "release-success")),
            Map.entry("design-build-transition", List.of("change-success", "change-incidents", "emergency-changes", "unauthorised-changes", "release-success", "acceptance")),
            Map.entry("design-build-transition@2011", List.of("acceptance", "outcomes", "early-incidents", "outcome-reports")),
            Map.entry("service-portfolio", List.of("catalogue-coverage", "ci-accuracy", "ci-updates", "licence-compliance", "supplier-agreements")),
            Map.entry("relationship-and-agreement", List.of("service-reviews", "satisfaction", "complaints", "sla-targets-met", "supplier-reviews", "supplier-performance")),
            Map.entry("relationship-processes", List.of("service-reviews", "satisfaction", "complaints", "supplier-reviews", "supplier-performance")),
            Map.entry("service-delivery-processes", List.of("sla-targets-met", "reports-on-time", "availability-met", "continuity-tests", "cost-against-budget", "capacity-warnings", "security-incidents")),
            Map.entry("supply-and-demand", List.of("cost-against-budget", "cost-variances", "demand-forecast", "capacity-incidents", "capacity-actions")),
            Map.entry("service-assurance", List.of("availability-met", "outage-investigations", "patching", "access-reviews", "security-lessons", "control-reviews")),
            Map.entry("governance-of-other-parties", List.of("party-agreements", "party-reviews", "party-audits")),
            Map.entry("monitoring-and-reporting", List.of("reports-on-time", "report-errors", "red-results", "performance-actions")),
            Map.entry("competence-awareness-communication", List.of("starters-briefed", "refresher-passed", "competence-actions", "competence-level", "reports-on-time")),
            Map.entry("documented-information-control", List.of("documents-reviewed", "documents-out-of-date", "records-retrieved", "document-changes-published")),
            Map.entry("internal-audit", List.of("audits-on-schedule", "areas-audited", "audit-reports-on-time", "audit-findings-closed", "audit-findings-repeated")),
            Map.entry("management-review", List.of("reviews-held", "review-input", "review-minutes", "review-actions")),
            Map.entry("nonconformity-and-corrective-action", List.of("nonconformities-recorded", "action-plans-approved", "corrective-actions-completed", "corrective-actions-effective", "nonconformities-recurring")),
            Map.entry("continual-improvement", List.of("opportunities-evaluated", "improvements-on-time", "improvements-measured", "improvements-on-target", "improvements-per-year")),
            Map.entry("information-security-policy", List.of("security-breaches", "patching", "access-control", "awareness-training", "security-lessons")),
            Map.entry("sla", List.of("sla-incident-targets", "sla-request-targets")),
            Map.entry("request-catalogue", List.of("sla-request-targets")));

    private static final Map<String, Entry> BY_ID = new LinkedHashMap<>();
    private static final Map<String, Entry> MAIN = new LinkedHashMap<>();

    static {
        for (Entry entry : ENTRIES) {
            BY_ID.put(entry.id(), entry);
            if (entry.main()) {
                MAIN.put(entry.process(), entry);
            }
        }
    }

    private MeasureCatalogue() {
    }

    static Entry get(String id) {
        return BY_ID.get(id);
    }

    /** The main measure of a process, or null for a process the catalogue does not know. */
    static Entry mainOf(String process) {
        return MAIN.get(process);
    }

    /** The measures a document lists in a set of this edition, in order; empty for a document that lists none. */
    static List<String> namedIn(String templateId, String edition) {
        List<String> own = NAMED_IN.get(templateId + "@" + edition);
        return own != null ? own : NAMED_IN.getOrDefault(templateId, List.of());
    }
}
