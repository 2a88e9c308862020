package io.smsdocs.core.model;

import io.smsdocs.core.template.TemplateMetadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The forms of the set (documents of kind form) with the record each produces: what the record is, the role that
 * owns the filled-in form and where it is kept. A form that produces one of the records the standard requires
 * takes that record's owner and place from the records matrix (requiredRecords), so the two never disagree;
 * another is kept in the tool of its process (its toolName, which names the open decision while no tool is
 * named) or, for a record of the SMS as a whole, in the SMS document library. A form a pack adds is listed
 * with its own title as the record, its document owner and the library. Exposed to templates as {@code forms}:
 * all, a list of {doc, record, clauses, owner, keptIn, retention?} in the order of the set, and services, the
 * pick list of services the forms print (every service in scope, or none past PICK_LIST_LIMIT, when a form
 * names the service catalogue instead: a form is filled in by hand, and a pick list of hundreds helps nobody).
 * Words come from the bundles (form.record.&lt;template id&gt;, form.retention.&lt;template id&gt;).
 */
final class FormsModel {

    /**
     * A built-in form. requiredRecord: the id of the required record it produces (RequiredRecords), or null;
     * then process: the process whose owner owns the record (null: the SMS manager), and inTool: whether the
     * process's tool keeps it (otherwise the SMS document library, as for a signed agreement).
     */
    private record Definition(String templateId, String requiredRecord, String process, boolean inTool) {

        Definition(String templateId, String requiredRecord) {
            this(templateId, requiredRecord, null, false);
        }
    }

    private static final List<Definition> FORMS = List.of(
            new Definition("form-rfc", "changes"),
            new Definition("form-cab-minutes", "changes"),
            new Definition("form-major-incident-report", "incidents"),
            new Definition("form-problem-report", "problems"),
            new Definition("form-audit-checklist", "audits"),
            new Definition("form-audit-report", "audits"),
            new Definition("form-management-review-agenda", "managementReviews"),
            new Definition("form-management-review-minutes", "managementReviews"),
            new Definition("form-supplier-review", null, "supplier-management", true),
            new Definition("form-continuity-test-report", "continuityTests"),
            new Definition("form-kpi-sheet", "measurement"),
            new Definition("form-internal-agreement", null, "supplier-management", false));

    /** The most services a form lists to tick; past it, the form asks for the service by its catalogue name. */
    static final int PICK_LIST_LIMIT = 25;

    private FormsModel() {
    }

    /**
     * @param services the services as templates see them
     * @see #forms
     */
    static Map<String, Object> of(List<?> documents, List<?> requiredRecords, Map<String, Object> processes, Map<String, Object> manager,
                                  List<?> services, Map<String, String> messages) {
        return TemplateModelFactory.map("all", forms(documents, requiredRecords, processes, manager, messages),
                "services", services.size() > PICK_LIST_LIMIT ? List.of() : List.copyOf(services));
    }

    /**
     * @param documents       the documents of the set as templates see them (kind, templateId, clauses, owner)
     * @param requiredRecords the records matrix rows (id, owner, where)
     * @param processes       the processes as templates see them, by id (owner, toolName)
     * @param manager         the SMS manager, who owns a form's record that no process owns
     */
    private static List<Object> forms(List<?> documents, List<?> requiredRecords, Map<String, Object> processes, Map<String, Object> manager,
                                      Map<String, String> messages) {
        List<Object> forms = new ArrayList<>();
        for (Object d : documents) {
            Map<String, Object> doc = asMap(d);
            if (!TemplateMetadata.FORM.equals(doc.get("kind"))) {
                continue;
            }
            Definition definition = FORMS.stream().filter(f -> f.templateId().equals(doc.get("templateId"))).findFirst().orElse(null);
            forms.add(definition == null ? packForm(doc, messages) : builtIn(doc, definition, requiredRecords, processes, manager, messages));
        }
        return List.copyOf(forms);
    }

    private static Map<String, Object> builtIn(Map<String, Object> doc, Definition definition, List<?> requiredRecords,
                                               Map<String, Object> processes, Map<String, Object> manager, Map<String, String> messages) {
        String record = RequiredRecords.text(messages, "form.record." + definition.templateId());
        if (definition.requiredRecord() != null) {
            Map<String, Object> required = requiredRecords.stream().map(FormsModel::asMap)
                    .filter(r -> definition.requiredRecord().equals(r.get("id"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no required record " + definition.requiredRecord()));
            return row(doc, record, required.get("owner"), required.get("where"), required.get("retention"));
        }
        Object owner = definition.process() == null ? manager : asMap(processes.get(definition.process())).get("owner");
        return row(doc, record, owner, definition.inTool() ? RequiredRecords.toolOf(processes, definition.process(), messages)
                : RequiredRecords.text(messages, "requiredRecord.library"), messages.get("form.retention." + definition.templateId()));
    }

    private static Map<String, Object> packForm(Map<String, Object> doc, Map<String, String> messages) {
        return row(doc, doc.get("title"), doc.get("owner"), RequiredRecords.text(messages, "requiredRecord.library"), null);
    }

    private static Map<String, Object> row(Map<String, Object> doc, Object record, Object owner, Object keptIn, Object retention) {
        return TemplateModelFactory.map("doc", doc, "record", record, "clauses", doc.get("clauses"), "owner", owner, "keptIn", keptIn,
                "retention", retention);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
