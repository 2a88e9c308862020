package io.smsdocs.core.plan;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;
import io.smsdocs.core.decision.OpenDecisions;
import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.problem.Suggestions;
import io.smsdocs.core.descriptor.model.Descriptor;
import io.smsdocs.core.descriptor.model.DocumentControl;
import io.smsdocs.core.descriptor.model.DocumentOverride;
import io.smsdocs.core.descriptor.model.Revision;
import io.smsdocs.core.programme.ClauseStatuses;
import io.smsdocs.core.programme.GapStatus;
import io.smsdocs.core.standard.ClauseCatalogue;
import io.smsdocs.core.template.TemplateMetadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides the document set: templates of the edition, one document per service or internal supplier where a
 * template asks for it ({@link DocumentSubject}), minus exclusions, with control data from the defaults and per-document overrides.
 */
public final class DocumentPlanner {

    public DocumentPlan plan(LoadedDescriptor loaded, List<TemplateMetadata> templates, java.util.function.Function<String, String> templateDisplay) {
        return plan(loaded, templates, templateDisplay, java.util.Map.of());
    }

    /**
     * @param messages the fixed texts of the set's language and edition: {@code title.<template id>} names a
     *                 document in that language (or renames it for a consultant); the header's title otherwise
     */
    public DocumentPlan plan(LoadedDescriptor loaded, List<TemplateMetadata> templates, java.util.function.Function<String, String> templateDisplay,
                             java.util.Map<String, String> messages) {
        return plan(loaded, templates, templateDisplay, messages, ReleaseHistory.NONE);
    }

    /** @param history what the approved releases in git say about each document's version and revisions */
    public DocumentPlan plan(LoadedDescriptor loaded, List<TemplateMetadata> templates, java.util.function.Function<String, String> templateDisplay,
                             java.util.Map<String, String> messages, ReleaseHistory history) {
        Descriptor descriptor = loaded.descriptor();
        String edition = descriptor.sms().edition();
        ClauseCatalogue catalogue = ClauseCatalogue.forEdition(edition);
        List<Problem> problems = new ArrayList<>();

        List<TemplateMetadata> applicable = TemplateMetadata.ofEdition(templates, edition).stream()
                .sorted(Comparator.comparingInt(TemplateMetadata::order).thenComparing(TemplateMetadata::id)).toList();
        for (TemplateMetadata template : applicable) {
            for (String clause : template.clauses()) {
                if (!catalogue.contains(clause)) {
                    problems.add(Problem.error(new SourceLocation(templateDisplay.apply(template.templateName()), 1, 1),
                            "document '" + template.id() + "' cites clause " + clause + ", which does not exist in " + catalogue.standard(),
                            Suggestions.didYouMean(clause, catalogue.numbers(), "see the clause catalogue in docs/templates.md")));
                }
            }
        }

        // The programme first: a document's status follows when the plan finishes the work on its subject.
        ProgrammePlanning.Planned programme = ProgrammePlanning.plan(loaded, edition);
        PlannedApprovals approvals = new PlannedApprovals(programme.programme().plan(),
                new ClauseStatuses(catalogue, gapStatuses(descriptor)));
        Set<String> excluded = new LinkedHashSet<>(descriptor.documents().exclude());
        List<PlannedDocument> documents = new ArrayList<>();
        Set<String> allIds = new LinkedHashSet<>();
        Map<String, String> seen = new HashMap<>();
        for (TemplateMetadata template : applicable) {
            for (DocumentSubject subject : DocumentSubject.of(template, descriptor)) {
                String id = subject.documentId(template.id());
                String title = subject.title(messages.getOrDefault("title." + template.id(), template.title()));
                String code = subject.code(template.code());
                String previous = seen.put(id, template.templateName());
                if (previous != null) {
                    problems.add(Problem.error(new SourceLocation(templateDisplay.apply(template.templateName()), 1, 1),
                            "document id '" + id + "' is also produced by " + templateDisplay.apply(previous), "give each template its own id"));
                }
                allIds.add(id);
                allIds.add(template.id());
                if (excluded.contains(id) || excluded.contains(template.id())) {
                    continue;
                }
                String reference = code.isEmpty() ? id : descriptor.organization().shortName().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "") + "-" + code;
                documents.add(new PlannedDocument(id, title, template.kind(), reference, template.addressedClauses(), template,
                        subject.service(), subject.supplier(), control(descriptor, id, template, approvals, messages, history)));
            }
        }
        unknownIds(loaded, allIds, problems);
        if (!problems.isEmpty()) {
            throw new SmsException(problems);
        }
        return new DocumentPlan(edition, documents, programme.programme(), programme.warnings(), OpenDecisions.of(loaded));
    }

    private void unknownIds(LoadedDescriptor loaded, Set<String> known, List<Problem> problems) {
        List<String> exclude = loaded.descriptor().documents().exclude();
        for (int i = 0; i < exclude.size(); i++) {
            if (!known.contains(exclude.get(i))) {
                problems.add(Problem.error(loaded.tree().valueAt("/documents/exclude/" + i),
                        "documents.exclude names the unknown document '" + exclude.get(i) + "'",
                        Suggestions.didYouMean(exclude.get(i), known, "see manifest.json for the document ids")));
            }
        }
        for (String id : loaded.descriptor().documents().overrides().keySet()) {
            if (!known.contains(id)) {
                problems.add(Problem.error(loaded.tree().keyAt("/documents/overrides/" + id),
                        "documents.overrides names the unknown document '" + id + "'",
                        Suggestions.didYouMean(id, known, "see manifest.json for the document ids")));
            }
        }
    }

    /**
     * The control block. Without an override of its status a document is Approved from its effective date only
     * when nothing says otherwise: it is a Draft, effective on approval, while the gap assessment rates one of its
     * clauses missing or the implementation plan finishes the work on them after that date (see PlannedApprovals).
     * The effective date is the reference: the output depends on the descriptor alone, never on the day it is built.
     */
    private ControlData control(Descriptor descriptor, String id, TemplateMetadata template, PlannedApprovals approvals,
                                java.util.Map<String, String> messages, ReleaseHistory history) {
        String templateId = template.id();
        List<String> clauses = template.clauses();
        DocumentControl defaults = descriptor.sms().documentControl();
        DocumentOverride override = descriptor.documents().overrides().get(id);
        if (override == null) {
            override = descriptor.documents().overrides().get(templateId);
        }
        LocalDate effective = pick(override == null ? null : override.effectiveDate(), descriptor.sms().effectiveDate());
        String givenStatus = override == null ? null : override.status();
        LocalDate plannedApproval = approvals.approvalOf(clauses).orElse(null);
        if (givenStatus == null && effective != null && (approvals.subjectMissing(clauses)
                || plannedApproval != null && plannedApproval.isAfter(effective))) {
            effective = null;
        }
        String version = pick(override == null ? null : override.version(), "1.0");
        String status = pick(givenStatus, effective == null
                ? messages.getOrDefault("statusDraft", "Draft") : messages.getOrDefault("statusApproved", "Approved"));
        // One chain for every document (ApprovalChain): the owner by its process, the approver by its kind.
        ApprovalChain chain = new ApprovalChain(descriptor);
        String owner = pick(override == null ? null : override.owner(), chain.owner(template));
        List<Revision> revisions = override == null || override.revisions().isEmpty()
                ? List.of(new Revision(version, effective, null, version.equals("1.0")
                        ? messages.getOrDefault("firstIssue", "First issue") : messages.getOrDefault("issuedForUse", "Issued for use")))
                : override.revisions();
        // Approved releases in git decide version, status and history, unless the descriptor writes the history by hand.
        ReleaseHistory.DocumentHistory released = history.documents().get(id);
        if (released != null && (override == null || override.revisions().isEmpty())) {
            version = pick(override == null ? null : override.version(), released.version());
            effective = released.draft() ? null : released.approved();
            status = pick(givenStatus, released.draft() ? messages.getOrDefault("statusDraft", "Draft")
                    : messages.getOrDefault("statusApproved", "Approved"));
            revisions = released.revisions();
            plannedApproval = released.draft() ? plannedApproval : null;
        }
        return new ControlData(version, status, owner,
                pick(override == null ? null : override.approver(), chain.approver(template.kind(), owner)),
                pick(override == null ? null : override.classification(), defaults.classification()),
                effective, effective == null ? null : effective.plusMonths(defaults.reviewIntervalMonths()), revisions,
                effective == null ? plannedApproval : null);
    }

    private static Map<String, GapStatus> gapStatuses(Descriptor descriptor) {
        Map<String, GapStatus> statuses = new HashMap<>();
        descriptor.implementation().gaps().forEach(gap -> statuses.put(gap.clause(), GapStatus.parse(gap.status())));
        return statuses;
    }

    private static <T> T pick(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
