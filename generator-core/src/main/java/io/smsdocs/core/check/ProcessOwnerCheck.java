package io.smsdocs.core.check;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.standard.ProcessCatalogue;
import io.smsdocs.core.standard.ProcessDefinition;

import java.util.ArrayList;
import java.util.List;

/**
 * Every process needs an owner role named in the descriptor. Generation falls back to the SMS owner;
 * the check holds the descriptor to naming one, since an auditor asks who owns each process.
 */
public final class ProcessOwnerCheck implements Check {

    @Override
    public List<Problem> run(CheckContext context) {
        var tree = context.descriptor().tree();
        List<Problem> problems = new ArrayList<>();
        for (ProcessDefinition process : ProcessCatalogue.all()) {
            if (!tree.root().path("processes").path(process.id()).path("owner").isTextual()) {
                String fallback = context.descriptor().descriptor().processes().get(process.id()).owner();
                String pointer = tree.root().path("processes").has(process.id()) ? "/processes/" + process.id() : "/processes";
                problems.add(Problem.warning(tree.keyAt(pointer), "process " + process.id() + " (" + process.clause()
                        + ") has no owner role; the documents name '" + fallback + "'",
                        "add processes." + process.id() + ".owner with the role that owns it"));
            }
        }
        return problems;
    }
}
