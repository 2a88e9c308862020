package io.smsdocs.core.check;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.standard.ProcessCatalogue;
import io.smsdocs.core.standard.ProcessDefinition;

import java.util.ArrayList;
import java.util.List;

/**
 * Every process has an owner. One the descriptor does not name is owned meanwhile by the default owner
 * (sms.documentControl.owner), and the missing owners are one open decision of the register. A build that
 * wants every owner named explicitly (an auditor asks who owns each process) sets requireExplicitOwners: then
 * each defaulted process is a located gap.
 */
public final class ProcessOwnerCheck implements Check {

    @Override
    public List<Problem> run(CheckContext context) {
        if (!context.requireExplicitOwners()) {
            return List.of(); // the missing owners are an open decision (OpenDecisionCheck)
        }
        var tree = context.descriptor().tree();
        List<Problem> problems = new ArrayList<>();
        for (ProcessDefinition process : ProcessCatalogue.all()) {
            if (tree.root().path("processes").path(process.id()).path("owner").isTextual()) {
                continue;
            }
            String fallback = context.descriptor().descriptor().processes().get(process.id()).owner();
            String pointer = tree.root().path("processes").has(process.id()) ? "/processes/" + process.id() : "/processes";
            problems.add(Problem.warning(tree.keyAt(pointer), "process " + process.id() + " (" + process.clauseIn(context.descriptor().descriptor().sms().edition())
                    + ") has no owner role; the documents name '" + fallback + "'",
                    "add processes." + process.id() + ".owner with the role that owns it"));
        }
        return problems;
    }
}
