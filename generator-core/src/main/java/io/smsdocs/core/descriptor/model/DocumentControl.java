package io.smsdocs.core.descriptor.model;

import java.util.Map;

/**
 * Defaults for every document's control block; owner and approver are role ids. {@code approver} heads the
 * approval chain (it approves the policies, the scope statement, the plans and the agreements);
 * {@code approvals} holds the approver the descriptor names for a kind of document (policy, procedure,
 * register, ...), only where it names one: plan.ApprovalChain derives the rest.
 */
public record DocumentControl(String classification, int reviewIntervalMonths, String owner, String approver,
                              Map<String, String> approvals) {

    public DocumentControl {
        approvals = Map.copyOf(approvals);
    }

    public DocumentControl(String classification, int reviewIntervalMonths, String owner, String approver) {
        this(classification, reviewIntervalMonths, owner, approver, Map.of());
    }
}
