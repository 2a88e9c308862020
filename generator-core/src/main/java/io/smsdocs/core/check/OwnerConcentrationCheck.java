package io.smsdocs.core.check;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.standard.ProcessCatalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One role that owns more than half of the processes leaves nobody to audit that work independently and
 * concentrates the SMS on one person. Counted over the owners the descriptor names (the processes without one
 * are an open decision); reported at the first process that takes the role past half.
 */
public final class OwnerConcentrationCheck implements Check {

    @Override
    public List<Problem> run(CheckContext context) {
        var tree = context.descriptor().tree();
        var processes = tree.root().path("processes");
        int total = ProcessCatalogue.ids().size();
        Map<String, Integer> owned = new LinkedHashMap<>();
        for (String id : ProcessCatalogue.ids()) {
            var owner = processes.path(id).path("owner");
            if (!owner.isTextual()) {
                continue;
            }
            int count = owned.merge(owner.asText(), 1, Integer::sum);
            if (count * 2 == total + (total % 2 == 0 ? 2 : 1)) { // the process that takes the role past half
                String title = context.descriptor().descriptor().roleTitle(owner.asText());
                long ownedInAll = ProcessCatalogue.ids().stream()
                        .filter(p -> owner.asText().equals(processes.path(p).path("owner").asText(null))).count();
                return List.of(Problem.warning(tree.valueAt("/processes/" + id + "/owner"), "the " + title + " ('" + owner.asText()
                                + "') owns " + ownedInAll + " of the " + total + " processes: nobody can audit that work independently",
                        "give some of these processes to other roles (processes.<id>.owner); more than half with one owner "
                                + "is a concentration an auditor questions"));
            }
        }
        return List.of();
    }
}
