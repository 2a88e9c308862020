package io.smsdocs.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The records the standard requires (2018 7.5.3; 2011 4.3.3) as the records matrix lists them: what the
 * record is, its clause, the role that owns it, where it is held and how long it is kept. Which process owns
 * each record and which tool holds it is decided here once; the words are the bundles'
 * (requiredRecord.&lt;id&gt; and requiredRecord.&lt;id&gt;.retention).
 */
final class RequiredRecords {

    /** Who owns a record: a process (by id), the SMS manager or top management. */
    private record Definition(String id, String clause, String clause2011, String ownerProcess, String owner, String where) {
    }

    private static final String MANAGER = "manager";
    private static final String TOP = "top";
    private static final String LIBRARY = "library";
    private static final String PERSONNEL_FILES = "personnelFiles";
    /** Where prefix: the tool of a process ("tool:incident-management"). */
    private static final String TOOL = "tool:";

    private static final List<Definition> RECORDS = List.of(
            new Definition("documentApprovals", "7.5.2", null, null, MANAGER, LIBRARY),
            new Definition("competence", "7.2", null, null, MANAGER, PERSONNEL_FILES),
            new Definition("configuration", "8.2.6", null, "configuration-management", null, TOOL + "configuration-management"),
            new Definition("complaints", "8.3.2", null, "business-relationship-management", null, TOOL + "business-relationship-management"),
            new Definition("supplierDisputes", "8.3.4.1", null, "supplier-management", null, LIBRARY),
            new Definition("changes", "8.5.1.2", null, "change-management", null, TOOL + "change-management"),
            new Definition("incidents", "8.6.1", null, "incident-management", null, TOOL + "incident-management"),
            new Definition("serviceRequests", "8.6.2", null, "service-request-management", null, TOOL + "service-request-management"),
            new Definition("problems", "8.6.3", null, "problem-management", null, TOOL + "problem-management"),
            new Definition("availabilityData", "8.7.1", "6.3.3", "service-availability-management", null, TOOL + "service-availability-management"),
            new Definition("availabilityResults", "8.7.1", "6.3.3", "service-availability-management", null, TOOL + "service-reporting"),
            new Definition("continuityTests", "8.7.2", "6.3.3", "service-continuity-management", null, LIBRARY),
            new Definition("securityIncidents", "8.7.3.3", null, "information-security-management", null, TOOL + "incident-management"),
            new Definition("measurement", "9.1", null, "service-reporting", null, TOOL + "service-reporting"),
            new Definition("audits", "9.2", null, null, MANAGER, LIBRARY),
            new Definition("managementReviews", "9.3", null, null, TOP, LIBRARY),
            new Definition("nonconformities", "10.1", null, null, MANAGER, LIBRARY),
            new Definition("improvements", "10.2", null, null, MANAGER, LIBRARY));

    private static final Pattern WORD = Pattern.compile("\\{([A-Za-z]+)}");

    private RequiredRecords() {
    }

    /**
     * The records as template data: record, clause (2018 number), clause2011 (where the row names it), owner
     * (a role), where (the place it is held) and retention, in the set's language.
     *
     * @param processes the processes as templates see them, by id (owner, tool)
     */
    static List<Object> of(Map<String, Object> processes, Map<String, Object> topManagement, Map<String, Object> manager,
                           Map<String, String> messages) {
        List<Object> records = new ArrayList<>();
        for (Definition definition : RECORDS) {
            Object owner = definition.ownerProcess() != null ? process(processes, definition.ownerProcess()).get("owner")
                    : TOP.equals(definition.owner()) ? topManagement : manager;
            String where = definition.where().startsWith(TOOL)
                    ? toolOf(processes, definition.where().substring(TOOL.length()), messages)
                    : text(messages, "requiredRecord." + definition.where());
            records.add(TemplateModelFactory.map("id", definition.id(),
                    "record", text(messages, "requiredRecord." + definition.id()),
                    "clause", definition.clause(), "clause2011", definition.clause2011(), "owner", owner, "where", where,
                    "retention", text(messages, "requiredRecord." + definition.id() + ".retention")));
        }
        return List.copyOf(records);
    }

    /** The tool configured for a process, or the bundle's words for the service management tool (sms.toolOf). */
    static String toolOf(Map<String, Object> processes, String processId, Map<String, String> messages) {
        Object tool = process(processes, processId).get("toolName");
        if (tool == null) {
            tool = process(processes, processId).get("tool");
        }
        return tool != null ? (String) tool : messages.get("defaultTool");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> process(Map<String, Object> processes, String id) {
        return (Map<String, Object>) processes.get(id);
    }

    /**
     * A bundle text, with each {Word} replaced by the bundle's Word, so a record named after an edition's word
     * ({ConfigurationInformation}, {externalSuppliers}) follows that word wherever the bundles change it.
     */
    static String text(Map<String, String> messages, String key) {
        String text = messages.get(key);
        if (text == null) {
            throw new IllegalStateException("the message bundles have no text " + key);
        }
        Matcher word = WORD.matcher(text);
        StringBuilder result = new StringBuilder();
        while (word.find()) {
            word.appendReplacement(result, Matcher.quoteReplacement(messages.getOrDefault(word.group(1), word.group())));
        }
        return word.appendTail(result).toString();
    }
}
