package io.smsdocs.core.programme;

import io.smsdocs.core.standard.Stage;
import io.smsdocs.core.standard.Clause;
import io.smsdocs.core.standard.ClauseCatalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

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
                Map<String, GapStatus> open = open(statuses, statuses.leavesUnder(group.number()));
                items.add(new ReadinessItem("clause-" + group.number(),
                        "Clause " + group.number() + " " + group.title() + " fully implemented", open.isEmpty(),
                        open.isEmpty() ? Evidence.of(Evidence.Kind.ALL_IMPLEMENTED) : openClauses(open)));
            }
        }
        List<String> documented = catalogue.all().stream().filter(Clause::documentedInformation)
                .flatMap(c -> statuses.leavesUnder(c.number()).stream()).distinct().toList();
        Map<String, GapStatus> openDocuments = open(statuses, documented);
        items.add(new ReadinessItem("documented-information", "Required documented information in place",
                openDocuments.isEmpty(), openDocuments.isEmpty() ? Evidence.of(Evidence.Kind.ALL_DOCUMENTED) : openClauses(openDocuments)));
        CertificationInput certification = input.certification();
        items.add(new ReadinessItem("internal-audit", "First full internal audit done",
                certification.internalAuditDone(), done(certification.internalAuditDone())));
        items.add(new ReadinessItem("management-review", "First management review done",
                certification.managementReviewDone(), done(certification.managementReviewDone())));
        // Dates are agreed only under a contract: given dates before the application is reviewed are plans.
        boolean datesGiven = certification.stage1() != null && certification.stage2() != null;
        boolean datesAgreed = datesGiven && certification.contracted();
        items.add(new ReadinessItem("audit-dates", "Stage 1 and stage 2 dates agreed with the certification body",
                datesAgreed, !datesGiven ? Evidence.of(Evidence.Kind.DATES_COMPUTED)
                : new Evidence(datesAgreed ? Evidence.Kind.DATES_AGREED : Evidence.Kind.DATES_NOT_CONTRACTED, Map.of(),
                        certification.stage1(), certification.stage2())));
        return items;
    }

    private static Map<String, GapStatus> open(ClauseStatuses statuses, List<String> clauses) {
        Map<String, GapStatus> open = new LinkedHashMap<>();
        clauses.stream().filter(c -> statuses.of(c) != GapStatus.IMPLEMENTED).forEach(c -> open.put(c, statuses.of(c)));
        return open;
    }

    private static Evidence openClauses(Map<String, GapStatus> open) {
        return new Evidence(Evidence.Kind.OPEN_CLAUSES, open, null, null);
    }

    private static Evidence done(boolean done) {
        return Evidence.of(done ? Evidence.Kind.DONE : Evidence.Kind.NOT_DONE);
    }
}
