package io.smsdocs.core.check;

import io.smsdocs.core.problem.BuildSetting;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SourceLocation;
import io.smsdocs.core.standard.ProcessCatalogue;
import io.smsdocs.core.standard.ProcessDefinition;

import java.util.ArrayList;
import java.util.List;

/**
 * Every process has an owner. One the descriptor does not name is owned by the default owner
 * (sms.documentControl.owner), as documented: that is a decision the tool stands behind, stated in one
 * informational line that lists the defaulted processes. A build that wants every owner named explicitly
 * (an auditor asks who owns each process) sets requireExplicitOwners: then each defaulted process is a
 * located finding.
 */
public final class ProcessOwnerCheck implements Check {

    @Override
    public List<Problem> run(CheckContext context) {
        var tree = context.descriptor().tree();
        List<ProcessDefinition> defaulted = ProcessCatalogue.all().stream()
                .filter(process -> !tree.root().path("processes").path(process.id()).path("owner").isTextual()).toList();
        if (defaulted.isEmpty()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        if (context.requireExplicitOwners()) {
            for (ProcessDefinition process : defaulted) {
                String fallback = context.descriptor().descriptor().processes().get(process.id()).owner();
                String pointer = tree.root().path("processes").has(process.id()) ? "/processes/" + process.id() : "/processes";
                problems.add(Problem.warning(tree.keyAt(pointer), "process " + process.id() + " (" + process.clause()
                        + ") has no owner role; the documents name '" + fallback + "'",
                        "add processes." + process.id() + ".owner with the role that owns it"));
            }
            return problems;
        }
        String owner = context.descriptor().descriptor().processes().get(defaulted.get(0).id()).owner();
        List<String> ids = defaulted.stream().map(ProcessDefinition::id).toList();
        String count = ids.size() == 1 ? "1 process has" : ids.size() + " processes have";
        return List.of(Problem.info(where(context), count + " no owner in the descriptor and " + (ids.size() == 1 ? "is" : "are")
                        + " owned by the default owner '" + owner + "' (sms.documentControl.owner): " + String.join(", ", ids),
                "name an owner with processes.<id>.owner; " + BuildSetting.assigned("requireExplicitOwners", "true")
                        + " requires one for every process"));
    }

    /** The line that decides the default: the owner written in documentControl, else the processes block, else the file. */
    private static SourceLocation where(CheckContext context) {
        var tree = context.descriptor().tree();
        if (tree.root().path("sms").path("documentControl").path("owner").isTextual()) {
            return tree.valueAt("/sms/documentControl/owner");
        }
        if (tree.root().has("processes")) {
            return tree.keyAt("/processes");
        }
        return SourceLocation.of(tree.source());
    }
}
