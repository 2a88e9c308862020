package io.smsdocs.core.check;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SourceLocation;
import io.smsdocs.core.plan.PlannedDocument;
import io.smsdocs.core.standard.Clause;
import io.smsdocs.core.template.TemplateMetadata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ISO/IEC 20000-1 allows no exclusions: every clause of the edition must be addressed by a document of
 * the set. When an excluded document carried a clause's only coverage, the finding points at that
 * exclusion. Forms do not count: a form is the blank of a record, and a clause that only a form cites is
 * still uncovered (its planned clauses are empty; see TemplateMetadata.addressedClauses).
 */
public final class ClauseCoverageCheck implements Check {

    @Override
    public List<Problem> run(CheckContext context) {
        Set<String> covered = new HashSet<>();
        for (PlannedDocument document : context.plan().documents()) {
            covered.addAll(document.clauses());
        }
        List<String> excluded = context.descriptor().descriptor().documents().exclude();
        List<Problem> problems = new ArrayList<>();
        for (Clause clause : context.catalogue().all()) {
            if (covered.contains(clause.number()) || coveredByAllChildren(clause, context, covered)) {
                continue;
            }
            String carrier = excluded.stream().filter(id -> carries(id, clause.number(), context)).findFirst().orElse(null);
            String message = "clause " + clause.number() + " (" + clause.title() + ") is covered by no document of the set";
            if (carrier != null) {
                int index = excluded.indexOf(carrier);
                problems.add(Problem.warning(context.descriptor().tree().valueAt("/documents/exclude/" + index),
                        message + ": excluding '" + carrier + "' removed its only coverage",
                        context.catalogue().standard() + " allows no exclusions; keep the document or add one that covers the clause"));
            } else {
                problems.add(Problem.warning(new SourceLocation(context.descriptor().tree().source(), 1, 1), message,
                        "add a template that cites clause " + clause.number() + " in its metadata header"));
            }
        }
        return problems;
    }

    /** A clause that only groups sub-clauses (such as 8.2) is covered when all of them are. */
    private static boolean coveredByAllChildren(Clause clause, CheckContext context, Set<String> covered) {
        List<String> children = context.catalogue().numbers().stream()
                .filter(n -> n.startsWith(clause.number() + ".") && n.indexOf('.', clause.number().length() + 1) < 0).toList();
        return !children.isEmpty() && covered.containsAll(children);
    }

    private static boolean carries(String excludedId, String clause, CheckContext context) {
        return context.templates().stream().filter(t -> t.id().equals(excludedId) || excludedId.startsWith(t.id() + "-"))
                .map(TemplateMetadata::addressedClauses).anyMatch(clauses -> clauses.contains(clause));
    }
}
