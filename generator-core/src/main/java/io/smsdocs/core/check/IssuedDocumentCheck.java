package io.smsdocs.core.check;

import io.smsdocs.core.descriptor.Ordinals;
import io.smsdocs.core.plan.PlannedDocument;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SourceLocation;

import java.util.ArrayList;
import java.util.List;

/**
 * Controlled documents keep their identity once issued: the id printed in a document must not change
 * (reordering services once renumbered the SLAs), and content that changed must come with a new version.
 */
final class IssuedDocumentCheck implements Check {

    @Override
    public List<Problem> run(CheckContext context) {
        List<Problem> problems = new ArrayList<>();
        var tree = context.descriptor().tree();
        var services = context.descriptor().descriptor().services();
        for (PlannedDocument document : context.plan().documents()) {
            CheckContext.IssuedDocument issued = context.issued().get(document.id());
            if (issued == null) {
                continue;
            }
            if (issued.reference() != null && !issued.reference().equals(document.reference())) {
                SourceLocation at = tree.keyAt("/");
                String hint = "keep ids of issued documents";
                if (document.service() != null) {
                    int index = services.indexOf(document.service());
                    at = tree.keyAt("/services/" + index);
                    String number = issued.reference().replaceAll(".*-(\\d+)$", "$1");
                    hint = number.matches("\\d+")
                            ? "pin its number with docNumber: " + Integer.parseInt(number) + " on " + Ordinals.service(index, document.service().id())
                            : "keep the document's code and the organisation's short name as they were";
                }
                problems.add(Problem.error(at, "document " + document.id() + " was issued as " + issued.reference()
                        + " and would now be " + document.reference(), hint));
            }
            String now = context.renderedSha256().get(document.id());
            if (now != null && issued.contentSha256() != null && !now.equals(issued.contentSha256())
                    && document.control().version().equals(issued.version())
                    && document.control().effectiveDate() != null) {
                problems.add(Problem.warning(context.descriptor().tree().keyAt("/"), "content of " + document.id()
                        + " changed since version " + issued.version() + " was issued; add a revision",
                        "add documents.overrides." + document.id() + ".revisions with the new version and what changed"));
            }
        }
        for (PlannedDocument document : context.plan().documents()) {
            laterRevision(context, document).ifPresent(problems::add);
        }
        return problems;
    }

    /** A revision dated after the effective date means the document in force is older than its history says. */
    private static java.util.Optional<Problem> laterRevision(CheckContext context, PlannedDocument document) {
        var control = document.control();
        if (control.effectiveDate() == null) {
            return java.util.Optional.empty();
        }
        return control.revisions().stream()
                .filter(r -> r.date() != null && r.date().isAfter(control.effectiveDate()))
                .reduce((first, second) -> second)
                .map(r -> {
                    var tree = context.descriptor().tree();
                    String pointer = tree.root().path("documents").path("overrides").has(document.id())
                            ? "/documents/overrides/" + document.id() : "/documents/overrides/" + document.template().id();
                    return Problem.warning(tree.keyAt(pointer), "revision " + r.version() + " of " + document.id() + " is dated "
                            + r.date() + ", after the effective date " + control.effectiveDate(),
                            "set documents.overrides." + document.id() + ".effectiveDate to the date the revision takes effect");
                });
    }
}
