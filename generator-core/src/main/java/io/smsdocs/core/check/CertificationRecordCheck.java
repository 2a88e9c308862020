package io.smsdocs.core.check;

import io.smsdocs.core.problem.BuildSetting;
import io.smsdocs.core.problem.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * A certification step recorded as done must have taken place: its date is not after today. The documents
 * trust the records (they depend on the descriptor alone), so this is where the calendar is consulted.
 */
final class CertificationRecordCheck implements Check {

    @Override
    public List<Problem> run(CheckContext context) {
        var tree = context.descriptor().tree();
        List<Problem> problems = new ArrayList<>();
        context.descriptor().descriptor().certification().completed().forEach((step, date) -> {
            if (date.isAfter(context.today())) {
                problems.add(Problem.warning(tree.valueAt("/certification/completed/" + step), "certification.completed records "
                        + step + " on " + date + ", which is after today (" + context.today() + "): the documents show it as done",
                        "record a step once it has taken place; to check as of another day, set "
                                + BuildSetting.assigned("asOf", "<date>")));
            }
        });
        return problems;
    }
}
