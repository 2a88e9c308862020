package io.smsdocs.core.check;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.plan.PlannedDocument;

import java.util.ArrayList;
import java.util.List;

/** A controlled document past its next review date is a finding waiting for the auditor. */
public final class ReviewDateCheck implements Check {

    @Override
    public List<Problem> run(CheckContext context) {
        var tree = context.descriptor().tree();
        var overrides = context.descriptor().descriptor().documents().overrides();
        List<Problem> problems = new ArrayList<>();
        for (PlannedDocument document : context.plan().documents()) {
            var nextReview = document.control().nextReview();
            if (nextReview == null || !nextReview.isBefore(context.today())) {
                continue;
            }
            String pointer = overrides.containsKey(document.id()) && overrides.get(document.id()).effectiveDate() != null
                    ? "/documents/overrides/" + document.id() + "/effectiveDate" : "/sms/effectiveDate";
            problems.add(Problem.warning(tree.valueAt(pointer), "document " + document.id() + " was due for review on "
                    + nextReview, "review it, then record the new version and effective date in documents.overrides."
                    + document.id()));
        }
        return problems;
    }
}
