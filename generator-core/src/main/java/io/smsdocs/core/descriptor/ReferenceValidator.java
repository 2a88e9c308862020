package io.smsdocs.core.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import io.smsdocs.core.api.Problem;
import io.smsdocs.core.descriptor.model.Descriptor;
import io.smsdocs.core.descriptor.model.Role;
import io.smsdocs.core.standard.ClauseCatalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks what a schema cannot: unique ids, references between roles, services, customers and
 * suppliers, clause numbers, and the order of dates. Works on the tree so every finding is located.
 */
final class ReferenceValidator {

    private final LocatedTree tree;
    private final List<Problem> problems = new ArrayList<>();

    ReferenceValidator(LocatedTree tree) {
        this.tree = tree;
    }

    List<Problem> validate(Descriptor descriptor) {
        JsonNode root = tree.root();
        uniqueIds("roles", root.path("roles"));
        uniqueIds("services", root.path("services"));
        uniqueIds("customers", root.path("customers"));
        uniqueIds("suppliers", root.path("suppliers"));
        uniqueIds("sms/objectives", root.path("sms").path("objectives"));
        uniqueIds("sms/risks", root.path("sms").path("risks"));

        Set<String> roles = descriptor.roles().stream().map(Role::id).collect(Collectors.toSet());
        Set<String> customers = ids(root.path("customers"));
        Set<String> suppliers = ids(root.path("suppliers"));

        reference("/sms/topManagement", roles, "role", "roles");
        reference("/sms/documentControl/owner", roles, "role", "roles");
        reference("/sms/documentControl/approver", roles, "role", "roles");
        eachElement("/sms/objectives", root.path("sms").path("objectives"), p -> reference(p + "/owner", roles, "role", "roles"));
        eachElement("/sms/risks", root.path("sms").path("risks"), p -> reference(p + "/owner", roles, "role", "roles"));
        eachElement("/services", root.path("services"), p -> {
            reference(p + "/owner", roles, "role", "roles");
            eachElement(p + "/customers", tree.root().at(p + "/customers"), c -> reference(c, customers, "customer", "customers"));
            eachElement(p + "/suppliers", tree.root().at(p + "/suppliers"), s -> reference(s, suppliers, "supplier", "suppliers"));
        });
        eachElement("/suppliers", root.path("suppliers"), p -> reference(p + "/manager", roles, "role", "roles"));
        root.path("processes").fieldNames().forEachRemaining(id -> reference("/processes/" + id + "/owner", roles, "role", "roles"));
        root.path("documents").path("overrides").fieldNames().forEachRemaining(id -> {
            reference("/documents/overrides/" + id + "/owner", roles, "role", "roles");
            reference("/documents/overrides/" + id + "/approver", roles, "role", "roles");
        });

        gapClauses(descriptor, root.path("implementation").path("gaps"));
        dateOrder(descriptor);
        return problems;
    }

    private void uniqueIds(String listPointer, JsonNode list) {
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

    private void gapClauses(Descriptor descriptor, JsonNode gaps) {
        ClauseCatalogue catalogue = ClauseCatalogue.forEdition(descriptor.sms().edition());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < gaps.size(); i++) {
            String clause = gaps.get(i).path("clause").asText();
            String pointer = "/implementation/gaps/" + i + "/clause";
            if (!catalogue.contains(clause)) {
                problems.add(Problem.error(tree.valueAt(pointer), "clause '" + clause + "' does not exist in "
                        + catalogue.standard(), Suggestions.didYouMean(clause, catalogue.numbers(),
                        "clauses run from 4 to " + catalogue.numbers().get(catalogue.numbers().size() - 1))));
            } else if (!seen.add(clause)) {
                problems.add(Problem.error(tree.valueAt(pointer), "clause '" + clause + "' is assessed twice in implementation.gaps",
                        "keep one entry per clause"));
            }
        }
    }

    private void dateOrder(Descriptor descriptor) {
        LocalDate start = descriptor.implementation().start();
        LocalDate stage1 = descriptor.certification().stage1();
        LocalDate stage2 = descriptor.certification().stage2();
        if (stage1 != null && stage2 != null && stage2.isBefore(stage1)) {
            problems.add(Problem.error(tree.valueAt("/certification/stage2"), "certification.stage2 (" + stage2
                    + ") is before certification.stage1 (" + stage1 + ")", "the stage 2 audit follows the stage 1 audit"));
        }
        if (start != null && stage1 != null && stage1.isBefore(start)) {
            problems.add(Problem.error(tree.valueAt("/certification/stage1"), "certification.stage1 (" + stage1
                    + ") is before implementation.start (" + start + ")", "plan the stage 1 audit after the implementation starts"));
        }
    }

    private void eachElement(String pointer, JsonNode list, java.util.function.Consumer<String> action) {
        for (int i = 0; i < list.size(); i++) {
            action.accept(pointer + "/" + i);
        }
    }

    private static Set<String> ids(JsonNode list) {
        Set<String> ids = new HashSet<>();
        list.forEach(node -> ids.add(node.path("id").asText()));
        return ids;
    }

    private static String display(String pointer) {
        return pointer.substring(1).replaceAll("/(\\d+)", "[$1]").replace('/', '.');
    }
}
