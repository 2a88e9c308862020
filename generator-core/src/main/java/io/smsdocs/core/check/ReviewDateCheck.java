package io.smsdocs.core.check;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.plan.PlannedDocument;

import java.util.ArrayList;
import java.util.List;

/** A controlled document past its next review date is a finding waiting for the auditor. */
public final class ReviewDateCheck implements Check {

    /** Whether a document is past its next review date on that day; a draft has none, so is never overdue. */
    public static boolean overdue(io.smsdocs.core.plan.ControlData control, java.time.LocalDate day) {
        return control.nextReview() != null && control.nextReview().isBefore(day);
    }

    @Override
    public List<Problem> run(CheckContext context) {
        var tree = context.descriptor().tree();
        var overrides = context.descriptor().descriptor().documents().overrides();
        List<Problem> problems = new ArrayList<>();
        for (PlannedDocument document : context.plan().documents()) {
            if (!overdue(document.control(), context.today())) {
                continue;
            }
            var nextReview = document.control().nextReview();
            String pointer = overrides.containsKey(document.id()) && overrides.get(document.id()).effectiveDate() != null
                    ? "/documents/overrides/" + document.id() + "/effectiveDate" : "/sms/effectiveDate";
            problems.add(Problem.warning(tree.valueAt(pointer), "document " + document.id() + " was due for review on "
                    + nextReview, "review it, then record the new version and effective date in documents.overrides."
                    + document.id()));
        }
        return problems;
    }
}
