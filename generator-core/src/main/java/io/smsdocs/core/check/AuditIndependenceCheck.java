package io.smsdocs.core.check;

import io.smsdocs.core.model.AuditorChoice;
import io.smsdocs.core.problem.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Nobody audits their own work. The audit programme chooses an independent auditor for every area it may choose
 * for (AuditorChoice), so the rule can only break where internalAudit.assignments pins an auditor on an area the
 * same role owns: that is a finding, located at the assignment.
 */
public final class AuditIndependenceCheck implements Check {

    @Override
    public List<Problem> run(CheckContext context) {
        var tree = context.descriptor().tree();
        List<Problem> problems = new ArrayList<>();
        for (AuditorChoice.Assignment assignment : AuditorChoice.of(context.descriptor().descriptor())) {
            if (!assignment.independent()) {
                problems.add(Problem.warning(tree.valueAt("/internalAudit/assignments/" + assignment.area()),
                        "internalAudit.assignments." + assignment.area() + " names '" + assignment.auditor() + "', who owns that area: "
                                + "nobody audits their own work",
                        "name an auditor who does not own " + assignment.area() + ", or remove the assignment and the programme "
                                + "chooses an independent one"));
            }
        }
        return problems;
    }
}
