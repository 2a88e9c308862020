package io.smsdocs.core.descriptor;

import io.smsdocs.core.problem.Suggestions;
import com.fasterxml.jackson.databind.JsonNode;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.standard.ClauseCatalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what a schema cannot: unique ids, references between roles, services, customers and
 * suppliers, services that depend on each other in a cycle, clause numbers, and the order of dates. Works on
 * the tree so every finding is located.
 */
final class ReferenceValidator {

    private final LocatedTree tree;
    private final List<Problem> problems = new ArrayList<>();

    ReferenceValidator(LocatedTree tree) {
        this.tree = tree;
    }

    /** Works on the raw tree, tolerating wrong types, so it can run alongside the schema check. */
    List<Problem> validate() {
        JsonNode root = tree.root();
        uniqueIds("roles", root.path("roles"));
        uniqueIds("services", root.path("services"));
        uniqueIds("customers", root.path("customers"));
        uniqueIds("suppliers", root.path("suppliers"));
        uniqueIds("sms/objectives", root.path("sms").path("objectives"));
        uniqueIds("sms/risks", root.path("sms").path("risks"));

        Set<String> roles = ids(root.path("roles"));
        DescriptorDefaults.roles().forEach(r -> roles.add(r.id()));
        Set<String> customers = ids(root.path("customers"));
        Set<String> suppliers = ids(root.path("suppliers"));
        Set<String> services = ids(root.path("services"));

        reference("/sms/topManagement", roles, "role", "roles");
        reference("/sms/documentControl/owner", roles, "role", "roles");
        reference("/sms/documentControl/approver", roles, "role", "roles");
        root.path("sms").path("documentControl").path("approvals").fieldNames().forEachRemaining(
                kind -> reference("/sms/documentControl/approvals/" + kind, roles, "role", "roles"));
        eachElement("/sms/objectives", root.path("sms").path("objectives"), p -> reference(p + "/owner", roles, "role", "roles"));
        eachElement("/sms/risks", root.path("sms").path("risks"), p -> reference(p + "/owner", roles, "role", "roles"));
        eachElement("/services", root.path("services"), p -> {
            reference(p + "/owner", roles, "role", "roles");
            eachElement(p + "/customers", tree.root().at(p + "/customers"), c -> reference(c, customers, "customer", "customers"));
            eachElement(p + "/suppliers", tree.root().at(p + "/suppliers"), s -> reference(s, suppliers, "supplier", "suppliers"));
            eachElement(p + "/dependsOn", tree.root().at(p + "/dependsOn"), s -> reference(s, services, "service", "services"));
        });
        eachElement("/suppliers", root.path("suppliers"), p -> reference(p + "/manager", roles, "role", "roles"));
        root.path("processes").fieldNames().forEachRemaining(id -> reference("/processes/" + id + "/owner", roles, "role", "roles"));
        root.path("documents").path("overrides").fieldNames().forEachRemaining(id -> {
            reference("/documents/overrides/" + id + "/owner", roles, "role", "roles");
            reference("/documents/overrides/" + id + "/approver", roles, "role", "roles");
        });

        eachElement("/internalAudit/auditors", root.path("internalAudit").path("auditors"), p -> reference(p, roles, "role", "roles"));
        auditAssignments(root.path("sms").path("edition").asText("2018"), root.path("internalAudit").path("assignments"), roles);
        root.path("implementation").path("overrides").fieldNames().forEachRemaining(id -> {
            reference("/implementation/overrides/" + id + "/owner", roles, "role", "roles");
            activity(id);
        });
        eachElement("/implementation/assessment", root.path("implementation").path("assessment"), this::levels);
        gapClauses(root.path("sms").path("edition").asText("2018"), root.path("implementation").path("gaps"));
        dateOrder();
        uniqueDocNumbers(root.path("services"));
        dependencyCycles(root.path("services"), services);
        return problems;
    }

    /**
     * Services that depend on each other in a cycle have no recovery order (RecoveryOrder). Each cycle is
     * reported once, at the dependsOn entry that closes it; that entry is then set aside to find the next.
     */
    private void dependencyCycles(JsonNode list, Set<String> services) {
        if (!list.isArray()) {
            return;
        }
        Map<String, List<String>> dependsOn = new LinkedHashMap<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode service = list.get(i);
            if (service.path("id").isTextual() && !index.containsKey(service.path("id").asText())) {
                List<String> needed = new ArrayList<>();
                service.path("dependsOn").forEach(d -> needed.add(d.isTextual() && services.contains(d.asText()) ? d.asText() : null));
                dependsOn.put(service.path("id").asText(), needed);
                index.put(service.path("id").asText(), i);
            }
        }
        for (List<String> cycle = RecoveryOrder.cycle(dependsOn); !cycle.isEmpty(); cycle = RecoveryOrder.cycle(dependsOn)) {
            String last = cycle.get(cycle.size() - 2);
            String first = cycle.get(cycle.size() - 1);   // the service the entry names, where the cycle starts
            List<String> entries = dependsOn.get(last);
            int entry = entries.indexOf(first);
            String pointer = "/services/" + index.get(last) + "/dependsOn/" + entry;
            String subject = Ordinals.service(index.get(last), last);
            if (cycle.size() == 2) {
                problems.add(Problem.error(tree.valueAt(pointer), subject + ", depends on itself",
                        "remove '" + last + "' from its own dependsOn"));
            } else {
                // Worded from the entry reported: "the second service, 'b', depends on 'a', which depends on 'b'".
                List<String> around = new ArrayList<>(cycle.subList(0, cycle.size() - 1));
                java.util.Collections.rotate(around, 1);
                StringBuilder chain = new StringBuilder(subject);
                for (int i = 1; i < around.size(); i++) {
                    chain.append(i == 1 ? ", depends on '" : ", which depends on '").append(around.get(i)).append('\'');
                }
                chain.append(", which depends on '").append(last).append('\'');
                problems.add(Problem.error(tree.valueAt(pointer), chain + "; services in a cycle of dependencies cannot be recovered one after the other",
                        "a service is recovered after every service in its dependsOn, so one entry of the cycle is not a real "
                                + "dependency: remove it, here or at another service of the cycle"));
            }
            entries.set(entry, null);   // set aside, so the next search finds the next cycle
        }
    }

    /** An assignment names an area of the edition's audit programme (area key or process id) and a defined role. */
    private void auditAssignments(String edition, JsonNode assignments, Set<String> roles) {
        java.util.List<String> areas = io.smsdocs.core.standard.AuditAreas.keys(edition);
        assignments.fieldNames().forEachRemaining(area -> {
            if (!areas.contains(area)) {
                problems.add(Problem.error(tree.keyAt("/internalAudit/assignments/" + area),
                        "internalAudit.assignments names '" + area + "', which is no area of the " + edition + " audit programme",
                        Suggestions.didYouMean(area, areas, "areas: " + String.join(", ", areas))));
            }
            reference("/internalAudit/assignments/" + area, roles, "role", "roles");
        });
    }

    /** Two services cannot pin the same number: their documents would share an id. */
    private void uniqueDocNumbers(JsonNode services) {
        if (!services.isArray()) {
            return;
        }
        java.util.Map<Integer, Integer> first = new java.util.HashMap<>();
        for (int i = 0; i < services.size(); i++) {
            JsonNode number = services.get(i).path("docNumber");
            if (number.isIntegralNumber()) {
                Integer earlier = first.putIfAbsent(number.asInt(), i);
                if (earlier != null) {
                    problems.add(Problem.error(tree.valueAt("/services/" + i + "/docNumber"), "docNumber " + number.asInt()
                            + " of " + Ordinals.service(i, services.get(i).path("id").asText(null)) + " is also pinned by "
                            + Ordinals.service(earlier, services.get(earlier).path("id").asText(null)),
                            "give each service its own number"));
                }
            }
        }
    }

    /** An override must name an activity of the plan; the schema has already checked its form. */
    private void activity(String id) {
        List<String> ids = io.smsdocs.core.standard.ActivityCatalogue.standard().ids();
        if (!ids.contains(id) && id.matches("^(INIT|P[1-3]|POST)-[0-9]{2}$")) {
            problems.add(Problem.error(tree.keyAt("/implementation/overrides/" + id), "implementation.overrides names the unknown activity '"
                    + id + "'", Suggestions.didYouMean(id, ids, "the activities are listed in the implementation plan document")));
        }
    }

    /** A target below the current level is a typing error, not a plan. */
    private void levels(String pointer) {
        JsonNode row = tree.root().at(pointer);
        if (row.path("current").isIntegralNumber() && row.path("target").isIntegralNumber()
                && row.path("target").asInt() < row.path("current").asInt()) {
            problems.add(Problem.error(tree.valueAt(pointer + "/target"), display(pointer + "/target") + " is level "
                    + row.path("target").asInt() + ", below the current level " + row.path("current").asInt(),
                    "a target is at least the current level; swap the two if they were entered the wrong way round"));
        }
    }

    private void uniqueIds(String listPointer, JsonNode list) {
        if (!list.isArray()) {
            return; // a wrong type is the schema's finding
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode id = list.get(i).path("id");
            if (id.isTextual() && !seen.add(id.asText())) {
                String pointer = "/" + listPointer + "/" + i + "/id";
                problems.add(Problem.error(tree.valueAt(pointer), "duplicate id '" + id.asText() + "' in "
                        + listPointer.replace('/', '.'), "ids must be unique within " + listPointer.replace('/', '.')));
            }
        }
    }

    private void reference(String pointer, Set<String> known, String kind, String listName) {
        JsonNode value = tree.root().at(pointer);
        if (!value.isTextual() || known.contains(value.asText())) {
            return;
        }
        String fallback = known.isEmpty() ? "define it under '" + listName + ":'"
                : "defined " + listName + ": " + String.join(", ", known.stream().sorted().toList());
        problems.add(Problem.error(tree.valueAt(pointer), display(pointer) + " refers to the undefined " + kind
                + " '" + value.asText() + "'", Suggestions.didYouMean(value.asText(), known, fallback)));
    }

    /** A clause number of the other edition: name the clauses it corresponds to in this one. */
    private static java.util.Optional<String> otherEditionHint(String edition, String clause) {
        String other = edition.equals("2011") ? "2018" : "2011";
        if (!ClauseCatalogue.forEdition(other).contains(clause)) {
            return java.util.Optional.empty();
        }
        Set<String> mapped = edition.equals("2011") ? io.smsdocs.core.standard.EditionMapping.to2011(clause)
                : io.smsdocs.core.standard.EditionMapping.to2018(clause);
        return java.util.Optional.of(clause + " is a clause of the " + other + " edition; in " + edition
                + " it corresponds to " + String.join(", ", mapped) + " (or set sms.edition to \"" + other + "\")");
    }

    private void gapClauses(String edition, JsonNode gaps) {
        if (!gaps.isArray()) {
            return;
        }
        if (!edition.equals("2018") && !edition.equals("2011")) {
            return; // an unknown edition is the schema's finding
        }
        ClauseCatalogue catalogue = ClauseCatalogue.forEdition(edition);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < gaps.size(); i++) {
            JsonNode clauseNode = gaps.get(i).path("clause");
            if (!clauseNode.isTextual()) {
                continue;
            }
            String clause = clauseNode.asText();
            String pointer = "/implementation/gaps/" + i + "/clause";
            if (!catalogue.contains(clause)) {
                problems.add(Problem.error(tree.valueAt(pointer), "clause '" + clause + "' does not exist in "
                        + catalogue.standard(), otherEditionHint(edition, clause).orElseGet(() -> Suggestions.didYouMean(clause,
                        catalogue.numbers(), "clauses run from 4 to " + catalogue.numbers().get(catalogue.numbers().size() - 1)))));
            } else if (!seen.add(clause)) {
                problems.add(Problem.error(tree.valueAt(pointer), "clause '" + clause + "' is assessed twice in implementation.gaps",
                        "keep one entry per clause"));
            }
        }
    }

    private void dateOrder() {
        LocalDate start = date("/implementation/start");
        LocalDate stage1 = date("/certification/stage1");
        LocalDate stage2 = date("/certification/stage2");
        if (stage1 != null && stage2 != null && stage2.isBefore(stage1)) {
            problems.add(Problem.error(tree.valueAt("/certification/stage2"), "certification.stage2 (" + stage2
                    + ") is before certification.stage1 (" + stage1 + ")", "the stage 2 audit follows the stage 1 audit"));
        }
        if (start != null && stage1 != null && stage1.isBefore(start)) {
            problems.add(Problem.error(tree.valueAt("/certification/stage1"), "certification.stage1 (" + stage1
                    + ") is before implementation.start (" + start + ")", "plan the stage 1 audit after the implementation starts"));
        }
    }

    /** A valid date at the pointer, or null; malformed dates are reported elsewhere. */
    private LocalDate date(String pointer) {
        try {
            JsonNode node = tree.root().at(pointer);
            return node.isTextual() ? LocalDate.parse(node.asText()) : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private void eachElement(String pointer, JsonNode list, java.util.function.Consumer<String> action) {
        if (!list.isArray()) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            action.accept(pointer + "/" + i);
        }
    }

    private static Set<String> ids(JsonNode list) {
        Set<String> ids = new HashSet<>();
        list.forEach(node -> {
            if (node.path("id").isTextual()) {
                ids.add(node.path("id").asText());
            }
        });
        return ids;
    }

    /** A place as the subject of a message: "owner of the first service, 'desk', refers to ...". */
    private String display(String pointer) {
        return tree.displaySubjectOfPointer(pointer);
    }
}
