package io.smsdocs.core.implementation;

import io.smsdocs.core.standard.Clause;
import io.smsdocs.core.standard.ClauseCatalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * Readiness for certification from the gap results and the certification input: every clause group
 * implemented, documented information in place, internal audit and management review done, audit dates agreed.
 */
final class ReadinessChecklist {

    private ReadinessChecklist() {
    }

    static List<ReadinessItem> evaluate(PlanInput input) {
        ClauseCatalogue catalogue = ClauseCatalogue.forEdition(input.edition());
        ClauseStatuses statuses = new ClauseStatuses(catalogue, input.gapsByClause());
        List<ReadinessItem> items = new ArrayList<>();
        for (Clause group : catalogue.all()) {
            if (!group.number().contains(".")) {
                List<String> open = open(statuses, statuses.leavesUnder(group.number()));
                items.add(new ReadinessItem("clause-" + group.number(),
                        "Clause " + group.number() + " " + group.title() + " fully implemented", open.isEmpty(),
                        open.isEmpty() ? "every sub-clause implemented" : "open: " + String.join(", ", open)));
            }
        }
        List<String> documented = catalogue.all().stream().filter(Clause::documentedInformation)
                .flatMap(c -> statuses.leavesUnder(c.number()).stream()).distinct().toList();
        List<String> openDocuments = open(statuses, documented);
        items.add(new ReadinessItem("documented-information", "Required documented information in place",
                openDocuments.isEmpty(), openDocuments.isEmpty() ? "every clause that asks for it is implemented"
                : "open: " + String.join(", ", openDocuments)));
        CertificationInput certification = input.certification();
        items.add(new ReadinessItem("internal-audit", "First full internal audit done",
                certification.internalAuditDone(), certification.internalAuditDone() ? "done" : "not yet done"));
        items.add(new ReadinessItem("management-review", "First management review done",
                certification.managementReviewDone(), certification.managementReviewDone() ? "done" : "not yet done"));
        boolean datesAgreed = certification.stage1() != null && certification.stage2() != null;
        items.add(new ReadinessItem("audit-dates", "Stage 1 and stage 2 dates agreed with the certification body",
                datesAgreed, datesAgreed ? "stage 1 " + certification.stage1() + ", stage 2 " + certification.stage2()
                : "dates computed from the plan, not yet agreed"));
        return items;
    }

    private static List<String> open(ClauseStatuses statuses, List<String> clauses) {
        return clauses.stream()
                .filter(c -> statuses.of(c) != GapStatus.IMPLEMENTED)
                .map(c -> c + " (" + statuses.of(c).label() + ")")
                .toList();
    }
}
