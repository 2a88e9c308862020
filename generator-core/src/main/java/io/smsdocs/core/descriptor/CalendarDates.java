package io.smsdocs.core.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import io.smsdocs.core.problem.Problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Dates the schema's pattern accepts but the calendar does not (2026-02-30), found in the same pass as
 * the schema and reference problems, so one run reports every independent mistake.
 */
final class CalendarDates {

    /** The places of the descriptor that hold dates, as JSON pointers. */
    static final Pattern DATE_POINTERS = Pattern.compile("/sms/effectiveDate|/implementation/start|/implementation/holidays/\\d+"
            + "|/certification/(stage1|stage2|decision|internalAudit|managementReview|completed/[a-z0-9-]+)"
            + "|/documents/overrides/[^/]+/(effectiveDate|revisions/\\d+/date)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private CalendarDates() {
    }

    static List<Problem> check(LocatedTree tree) {
        List<Problem> problems = new ArrayList<>();
        walk(tree, tree.root(), "", problems);
        return problems;
    }

    /** The problem for a date-shaped value that is not in the calendar; null for a real date. */
    static Problem impossible(LocatedTree tree, String pointer, String value) {
        try {
            LocalDate.parse(value);
            return null;
        } catch (DateTimeParseException e) {
            return Problem.error(tree.valueAt(pointer), pointer.substring(1).replace('/', '.') + " has the value '" + value
                    + "', which is not a date in the calendar", "check the month and day");
        }
    }

    private static void walk(LocatedTree tree, JsonNode node, String pointer, List<Problem> problems) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(tree, field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(tree, node.get(i), pointer + "/" + i, problems);
            }
        } else if (node.isTextual() && ISO_DATE.matcher(node.asText()).matches() && DATE_POINTERS.matcher(pointer).matches()) {
            Problem problem = impossible(tree, pointer, node.asText());
            if (problem != null) {
                problems.add(problem);
            }
        }
    }
}
