package io.smsdocs.core.plan;

import io.smsdocs.core.descriptor.model.Descriptor;
import io.smsdocs.core.descriptor.model.DocumentControl;
import io.smsdocs.core.template.TemplateMetadata;

import java.util.List;

/**
 * Who owns and who approves a document, by one rule (docs/descriptor.md, "Owners and approvers of documents"),
 * so every document-control block and every sentence that states the chain read the same answer.
 * <ul>
 * <li>Owner: the owner of the process the document belongs to (template metadata {@code process}), since a
 *     process owner keeps the documents of the process; any other document is owned by
 *     {@code sms.documentControl.owner}, the SMS manager.</li>
 * <li>Approver: the role {@code sms.documentControl.approvals.<kind>} names; otherwise, by kind, the head of the
 *     chain ({@code sms.documentControl.approver}, top management unless set) for the documents that set
 *     direction or commit the organisation (policies, the scope statement, plans, service level agreements),
 *     and the SMS manager for the documents that put them into practice (procedures, registers, the catalogue,
 *     matrices, the glossary).</li>
 * <li>Nobody approves a document they own: when that role owns the document, the head of the chain approves it.</li>
 * </ul>
 * {@code documents.overrides.<id>.owner} and {@code .approver} win over the rule; they are applied by the planner.
 */
public final class ApprovalChain {

    /** The kinds the head of the chain approves unless the descriptor says otherwise, in the order documents state them. */
    public static final List<String> HEAD_KINDS = List.of("policy", "statement", "plan", "agreement");

    /** Every kind of document, in the order the chain is stated. */
    public static final List<String> KINDS = List.of("policy", "statement", "plan", "agreement", "procedure", "register",
            "catalogue", "matrix", "glossary");

    private final Descriptor descriptor;
    private final DocumentControl control;

    public ApprovalChain(Descriptor descriptor) {
        this.descriptor = descriptor;
        this.control = descriptor.sms().documentControl();
    }

    /** The head of the chain: approves what sets direction, and whatever its usual approver owns. */
    public String head() {
        return control.approver();
    }

    /** The owner of a document made from this template, before any override. */
    public String owner(TemplateMetadata template) {
        String process = template.process();
        return process == null ? control.owner() : descriptor.processes().get(process).owner();
    }

    /** Who approves documents of a kind that someone other than that role owns. */
    public String usualApprover(String kind) {
        String named = control.approvals().get(kind);
        if (named != null) {
            return named;
        }
        return HEAD_KINDS.contains(kind) ? control.approver() : control.owner();
    }

    /** Who approves a document of this kind with this owner: the usual approver, or the head when that is the owner. */
    public String approver(String kind, String owner) {
        String usual = usualApprover(kind);
        return usual.equals(owner) ? head() : usual;
    }
}
