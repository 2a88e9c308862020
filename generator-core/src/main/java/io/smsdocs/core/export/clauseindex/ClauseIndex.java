package io.smsdocs.core.export.clauseindex;

import io.smsdocs.core.descriptor.model.Revision;
import io.smsdocs.core.export.DocumentSet;
import io.smsdocs.core.model.TemplateModelFactory;
import io.smsdocs.core.plan.ControlData;
import io.smsdocs.core.plan.PlannedDocument;
import io.smsdocs.core.render.Traceability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence pack indexed by clause, the table an auditor works through: for each clause of the set's edition the
 * documents and sections that address it (the traceability the matrix document and the site's clause index print),
 * each document's version with the day and the person that approved it as of the release (its control data and the
 * revision row of that version), and the records that evidence the clause (the records location matrix: the records
 * the standard requires and those the set's forms produce). A clause no document addresses has no documents: the gap
 * stays visible.
 *
 * @param release the approved release the set is indexed as of; null for a set that is not a release
 */
public record ClauseIndex(String organization, String standard, String edition, String language, Release release, List<Entry> clauses) {

    /** An approved release: its tag, who approved it and when, and its note. */
    public record Release(String tag, String approver, LocalDate date, String note) {
    }

    /** A clause with the documents that address it and the records that evidence it. */
    public record Entry(String number, String title, List<Addressing> documents, List<Evidence> records) {

        /** 0 for a main clause (8), 1 for 8.6, 2 for 8.6.1 ... */
        public int depth() {
            return (int) number.chars().filter(c -> c == '.').count();
        }
    }

    /**
     * A document addressing a clause.
     *
     * @param sections   the sections that address it; none when only the document's header cites the clause
     * @param approvedOn the day its version was approved (its effective date); null for a draft
     * @param approvedBy who approved that version: in a release the author of its revision row, else the approving role
     */
    public record Addressing(String id, String reference, String title, List<String> sections, String version, String status,
                             boolean draft, LocalDate approvedOn, String approvedBy) {
    }

    /**
     * A record that evidences a clause.
     *
     * @param form the title of the form whose record it is; null for a record the standard requires as such
     */
    public record Evidence(String record, String where, String owner, String retention, String form) {
    }

    public ClauseIndex {
        clauses = List.copyOf(clauses);
    }

    /** The clauses no document of the set addresses. */
    public List<Entry> uncovered() {
        return clauses.stream().filter(e -> e.documents().isEmpty()).toList();
    }

    /** The index of a set as exported: the same traceability as the matrix and the site, the control data of its plan. */
    public static ClauseIndex of(DocumentSet set, String language, Release release) {
        var model = set.model();
        Map<String, List<Evidence>> records = Records.byClause(model, set.plan().edition());
        Map<?, ?> roles = model.value("role") instanceof Map<?, ?> map ? map : Map.of();
        List<Entry> entries = new ArrayList<>();
        for (Object item : Traceability.of(set.documents(), model.catalogue(), model.gaps(), model::clauseTitle)) {
            Map<?, ?> entry = (Map<?, ?>) item;
            String clause = (String) entry.get("clause");
            List<Addressing> documents = new ArrayList<>();
            for (Object reference : (List<?>) entry.get("documents")) {
                Map<?, ?> document = (Map<?, ?>) reference;
                PlannedDocument planned = set.plan().find((String) document.get("id")).orElseThrow();
                List<String> sections = ((List<?>) document.get("sections")).stream().map(String.class::cast).toList();
                documents.add(addressing(planned, sections, roles, release != null));
            }
            entries.add(new Entry(clause, (String) entry.get("title"), List.copyOf(documents), records.getOrDefault(clause, List.of())));
        }
        return new ClauseIndex(organization(model), model.catalogue().standard(),
                set.plan().edition(), language == null ? "en" : language, release, entries);
    }

    private static String organization(TemplateModelFactory model) {
        Object org = model.value("org");
        return org instanceof Map<?, ?> map && map.get("name") != null ? (String) map.get("name") : "";
    }

    private static Addressing addressing(PlannedDocument document, List<String> sections, Map<?, ?> roles, boolean released) {
        ControlData control = document.control();
        return new Addressing(document.id(), document.reference(), document.title(), List.copyOf(sections), control.version(),
                control.status(), control.draft(), control.effectiveDate(), control.draft() ? null : approver(control, roles, released));
    }

    /**
     * In a release, the author of the revision row of the version in force: the tag's approver for a row from git, or
     * whom a hand-written row names. Outside a release (or with no such row) the approving role and its person: there
     * a descriptor's default row names the owner, who wrote the document rather than approved it.
     */
    private static String approver(ControlData control, Map<?, ?> roles, boolean released) {
        for (Revision revision : released ? control.revisions() : List.<Revision>of()) {
            if (control.version().equals(revision.version()) && revision.date() != null && revision.author() != null
                    && !revision.author().isBlank()) {
                return revision.author();
            }
        }
        Object role = roles.get(control.approver());
        if (!(role instanceof Map<?, ?> map)) {
            return control.approver();
        }
        Object person = map.get("person");
        return person == null || person.toString().isBlank() ? (String) map.get("title") : map.get("title") + " (" + person + ")";
    }

    /** The records location matrix by clause of the edition, in the matrix's order. */
    static final class Records {

        private Records() {
        }

        static Map<String, List<Evidence>> byClause(TemplateModelFactory model, String edition) {
            Map<String, List<Evidence>> byClause = new LinkedHashMap<>();
            Map<?, ?> citations = model.value("citation2011") instanceof Map<?, ?> map ? map : Map.of();
            for (Object item : list(model.value("requiredRecords"))) {
                Map<?, ?> record = (Map<?, ?>) item;
                Evidence evidence = new Evidence((String) record.get("record"), capitalised((String) record.get("where"), model),
                        title(record.get("owner")), (String) record.get("retention"), null);
                // As the matrix cites it: the 2018 number, the row's own 2011 number, or the 2011 clauses the mapping gives.
                List<?> clauses = !"2011".equals(edition) ? List.of(record.get("clause"))
                        : record.get("clause2011") != null ? List.of(record.get("clause2011"))
                        : citations.get(record.get("clause")) instanceof List<?> mapped ? mapped : List.of(record.get("clause"));
                clauses.forEach(clause -> add(byClause, (String) clause, evidence));
            }
            Object forms = model.value("forms");
            for (Object item : list(forms instanceof Map<?, ?> map ? map.get("all") : null)) {
                Map<?, ?> form = (Map<?, ?>) item;
                Map<?, ?> document = (Map<?, ?>) form.get("doc");
                Evidence evidence = new Evidence(String.valueOf(form.get("record")), capitalised((String) form.get("keptIn"), model),
                        title(form.get("owner")), (String) form.get("retention"), (String) document.get("title"));
                list(form.get("clauses")).forEach(clause -> add(byClause, (String) clause, evidence));
            }
            return byClause;
        }

        private static void add(Map<String, List<Evidence>> byClause, String clause, Evidence evidence) {
            List<Evidence> list = byClause.computeIfAbsent(clause, c -> new ArrayList<>());
            if (!list.contains(evidence)) {
                list.add(evidence);
            }
        }

        private static List<?> list(Object value) {
            return value instanceof List<?> list ? list : List.of();
        }

        private static String title(Object role) {
            return role instanceof Map<?, ?> map ? (String) map.get("title") : role == null ? "" : role.toString();
        }

        /** Where a record is kept, first letter in upper case, as the matrix prints it. */
        private static String capitalised(String text, TemplateModelFactory model) {
            return text == null || text.isEmpty() ? "" : text.substring(0, 1).toUpperCase(model.locale()) + text.substring(1);
        }
    }
}
