package io.smsdocs.core.api;

import io.smsdocs.core.descriptor.LocatedTree;
import io.smsdocs.core.history.ApprovalRecord;
import io.smsdocs.core.output.Manifest;
import io.smsdocs.core.plan.DocumentPlan;
import io.smsdocs.core.plan.PlannedDocument;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SourceLocation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An approval must not silently cover content nobody approved: a document whose content no longer matches its
 * recorded approval, and which the working copy still issues in force under the approved version, is an error.
 * With the releases in git numbering the versions this cannot happen (a changed document becomes the next draft);
 * it can when the descriptor writes a document's version, status or revisions by hand.
 */
final class StaleApprovals {

    private StaleApprovals() {
    }

    /** Whether a document is issued in force: it has an effective date and is not marked a draft. */
    static boolean inForce(io.smsdocs.core.plan.ControlData control, String draft) {
        return control.effectiveDate() != null && !control.status().equals(draft);
    }

    /**
     * @param approvals each document's latest approval record
     * @param working   each document's content as rendered now, without history (as releases compare it)
     * @param draft     the status word of a draft in the set's language
     */
    static List<Problem> find(Map<String, ApprovalRecord> approvals, DocumentPlan plan, Map<String, String> working, LocatedTree tree,
                              String draft) {
        List<Problem> problems = new ArrayList<>();
        for (PlannedDocument document : plan.documents()) {
            ApprovalRecord approval = approvals.get(document.id());
            String content = working.get(document.id());
            if (approval == null || content == null
                    || Manifest.sha256(content.getBytes(StandardCharsets.UTF_8)).equals(approval.contentSha256())) {
                continue;
            }
            var control = document.control();
            if (!control.version().equals(approval.version()) || !inForce(control, draft)) {
                continue; // a new version, or a draft: the change is on its way to a new approval
            }
            String overrides = tree.root().path("documents").path("overrides").has(document.id()) ? document.id()
                    : tree.root().path("documents").path("overrides").has(document.template().id()) ? document.template().id() : null;
            SourceLocation at = overrides == null ? tree.keyAt("") : tree.keyAt("/documents/overrides/" + overrides);
            String key = "documents.overrides." + (overrides == null ? document.id() : overrides);
            problems.add(Problem.error(at, "document " + document.id() + " was approved as version " + approval.version() + " in "
                    + approval.tag() + " (" + approval.approvedBy() + " for " + approval.role() + ", " + approval.approvedAt()
                    + "), but its content has changed since and this working copy still issues it in force as version "
                    + control.version(), "make it the next draft: set " + key + ".version to the next version and "
                    + key + ".status to Draft (or remove the hand-written version, status and revisions, so the releases in git"
                    + " number it), then approve it with sms:release; or undo the change"));
        }
        return problems;
    }
}
