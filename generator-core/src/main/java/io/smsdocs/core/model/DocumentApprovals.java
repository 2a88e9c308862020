package io.smsdocs.core.model;

import io.smsdocs.core.plan.ApprovalChain;
import io.smsdocs.core.plan.DocumentPlan;
import io.smsdocs.core.plan.PlannedDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.smsdocs.core.model.TemplateModelFactory.map;

/**
 * The approval chain as the documents state it (the policy's authorities, the roles of document control): one
 * row per role that approves documents of the set, read from the documents' own control data, so the sentence
 * and every document-control block cannot disagree. A role that approves every document of a kind is said to
 * approve the kind ("procedures"); where the documents of a kind have different approvers (the head of the chain
 * takes over a document its usual approver owns, or an override names another), the role that approves most of
 * them approves the kind "other than" the rest, and each of the rest is named by its title with its approver.
 * Words: approvalKind.&lt;kind&gt; and approvalChain.* in the bundles.
 */
final class DocumentApprovals {

    private DocumentApprovals() {
    }

    /**
     * Rows of {approver (role), kinds (ids of the kinds it approves, perhaps with exceptions), documents (ids of
     * documents of other kinds it approves), what (the kinds and titles as one phrase), escalation (the head of the
     * chain, on rows of other roles)}, the head's row first.
     */
    static List<Object> rows(DocumentPlan plan, String head, Map<String, Map<String, Object>> roles, Phrases phrases) {
        Map<String, List<PlannedDocument>> byKind = new LinkedHashMap<>();
        ApprovalChain.KINDS.forEach(kind -> byKind.put(kind, new ArrayList<>()));
        plan.documents().forEach(d -> byKind.computeIfAbsent(d.kind(), k -> new ArrayList<>()).add(d));

        Map<String, Approves> byApprover = new LinkedHashMap<>();
        byApprover.put(head, new Approves());
        byKind.forEach((kind, documents) -> {
            if (documents.isEmpty()) {
                return;
            }
            // The role that approves most documents of the kind is said to approve the kind; the others, by title.
            Map<String, Long> counts = new LinkedHashMap<>();
            documents.forEach(d -> counts.merge(d.control().approver(), 1L, Long::sum));
            String usual = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            List<PlannedDocument> others = documents.stream().filter(d -> !d.control().approver().equals(usual)).toList();
            byApprover.computeIfAbsent(usual, a -> new Approves()).kinds.put(kind, others);
            others.forEach(d -> byApprover.computeIfAbsent(d.control().approver(), a -> new Approves()).documents.add(d));
        });
        List<Object> rows = new ArrayList<>();
        byApprover.forEach((approver, approves) -> {
            if (approves.kinds.isEmpty() && approves.documents.isEmpty()) {
                return;
            }
            List<String> items = new ArrayList<>();
            approves.kinds.forEach((kind, except) -> items.add(except.isEmpty() ? phrases.text("approvalKind." + kind, kind)
                    : phrases.text("approvalChain.except", "{0} other than {1}").replace("{0}", phrases.text("approvalKind." + kind, kind))
                            .replace("{1}", phrases.andList(except.stream().map(d -> title(d, phrases)).toList()))));
            approves.documents.forEach(d -> items.add(title(d, phrases)));
            rows.add(map("approver", roles.get(approver), "kinds", List.copyOf(approves.kinds.keySet()),
                    "documents", approves.documents.stream().map(PlannedDocument::id).toList(),
                    "what", phrases.andList(items), "escalation", approver.equals(head) ? null : roles.get(head)));
        });
        return List.copyOf(rows);
    }

    private static String title(PlannedDocument document, Phrases phrases) {
        return phrases.fill("approvalChain.document", "the {0}", document.title());
    }

    /** What one role approves: kinds (each with the documents of it others approve), and single documents of other kinds. */
    private static final class Approves {
        final Map<String, List<PlannedDocument>> kinds = new LinkedHashMap<>();
        final List<PlannedDocument> documents = new ArrayList<>();
    }
}
