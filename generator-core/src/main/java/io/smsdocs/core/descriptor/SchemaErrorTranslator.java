package io.smsdocs.core.descriptor;

import io.smsdocs.core.problem.Suggestions;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SourceLocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Words a JSON Schema finding the way a descriptor author thinks: key names, line numbers, hints. */
final class SchemaErrorTranslator {

    private final LocatedTree tree;
    private final JsonNode schemaNode;

    SchemaErrorTranslator(LocatedTree tree, JsonNode schemaNode) {
        this.tree = tree;
        this.schemaNode = schemaNode;
    }

    Optional<Problem> translate(Error error) {
        List<Object> path = segments(error.getInstanceLocation());
        String where = tree.display(path);
        String subject = LocatedTree.subject(where);
        String pointer = LocatedTree.pointer(path);
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        String schemaPointer = schemaPointer(error);
        JsonNode instance = error.getInstanceNode();
        switch (keyword) {
            case "additionalProperties": {
                String key = error.getProperty();
                List<Object> keyPath = new ArrayList<>(path);
                keyPath.add(key);
                List<String> allowed = allowedKeys(schemaPointer);
                // "{provides: Support, upgrades and hosting}" splits at the comma; the rest reads as a key.
                String hint = key.contains(" ") ? "it looks like the end of a value that contains a comma: put that value in quotes"
                        : Suggestions.didYouMean(key, allowed, "allowed keys: " + String.join(", ", allowed));
                return Optional.of(Problem.error(tree.keyAt(LocatedTree.pointer(keyPath)),
                        "unknown key '" + key + "' in " + where, hint));
            }
            case "required":
                return Optional.of(Problem.error(tree.valueAt(pointer),
                        "missing required key '" + error.getProperty() + "' in " + where,
                        "add '" + error.getProperty() + ":'"));
            case "propertyNames": {
                String key = error.getProperty();
                List<Object> keyPath = new ArrayList<>(path);
                keyPath.add(key);
                List<String> allowed = enumValues(schemaPointer);
                return Optional.of(Problem.error(tree.keyAt(LocatedTree.pointer(keyPath)), "unknown key '" + key + "' in " + where,
                        Suggestions.didYouMean(key, allowed, "expected one of: " + String.join(", ", allowed))));
            }
            case "type":
                return Optional.of(Problem.error(tree.valueAt(pointer),
                        subject + " must be " + expectedType(error.getSchemaNode()) + ", not " + describe(instance),
                        typeHint(error.getSchemaNode(), schemaPointer)));
            case "enum":
                return Optional.of(enumProblem(error, path, where, instance));
            case "pattern":
                return Optional.of(Problem.error(tree.valueAt(pointer), patternMessage(subject, instance, schemaPointer),
                        patternHint(schemaPointer)));
            case "minLength":
                return Optional.of(Problem.error(tree.valueAt(pointer), subject + " must not be empty", "give it a value, or remove the key to use the default"));
            case "minItems":
                return Optional.of(Problem.error(tree.valueAt(pointer), subject + " must have at least one entry", "add an entry, or remove the key to use the default"));
            case "minimum":
            case "maximum":
            case "exclusiveMinimum":
            case "exclusiveMaximum":
                return Optional.of(Problem.error(tree.valueAt(pointer),
                        subject + " is out of range: " + error.getMessage().replaceFirst("^\\S+: ", ""), "use a value within the allowed range"));
            default:
                return Optional.of(Problem.error(tree.valueAt(pointer), where + ": " + error.getMessage(), keyHint(schemaPointer)));
        }
    }

    private Problem enumProblem(Error error, List<Object> path, String where, JsonNode instance) {
        List<String> allowed = new ArrayList<>();
        error.getSchemaNode().forEach(value -> {
            if (!allowed.contains(value.asText())) {
                allowed.add(value.asText());
            }
        });
        String given = instance == null ? "" : instance.asText();
        boolean isKey = error.getEvaluationPath() != null && error.getEvaluationPath().contains("propertyNames");
        String pointer = LocatedTree.pointer(path);
        if (isKey) {
            List<Object> keyPath = new ArrayList<>(path);
            keyPath.add(given);
            return Problem.error(tree.keyAt(LocatedTree.pointer(keyPath)),
                    "unknown key '" + given + "' in " + where,
                    Suggestions.didYouMean(given, allowed, "expected one of: " + String.join(", ", allowed)));
        }
        SourceLocation at = tree.valueAt(pointer);
        return Problem.error(at, LocatedTree.subject(where) + " has the value '" + given + "', expected one of: " + String.join(", ", allowed),
                Suggestions.closest(given, allowed).map(c -> "did you mean '" + c + "'?").orElse("use one of the listed values"));
    }

    private List<String> allowedKeys(String schemaPointer) {
        String parent = schemaPointer.substring(0, Math.max(0, schemaPointer.lastIndexOf('/')));
        JsonNode properties = schemaNode.at(parent).path("properties");
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private List<String> enumValues(String schemaPointer) {
        JsonNode node = schemaNode.at(schemaPointer);
        if (node.has("$ref")) {
            node = schemaNode.at(node.path("$ref").asText().replaceFirst("^#", ""));
        }
        List<String> values = new ArrayList<>();
        node.path("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String schemaPointer(Error error) {
        String location = error.getSchemaLocation() == null ? "" : error.getSchemaLocation().toString();
        int hash = location.indexOf('#');
        return hash < 0 ? "" : location.substring(hash + 1);
    }

    private static String patternMessage(String where, JsonNode instance, String schemaPointer) {
        String value = instance == null ? "" : instance.asText();
        if (schemaPointer.contains("/$defs/date")) {
            return where + " has the value '" + value + "', which is not a date";
        }
        if (schemaPointer.contains("/$defs/id")) {
            return where + " has the value '" + value + "', which is not a valid id";
        }
        return where + " has the value '" + value + "', which is not in the expected form";
    }

    /**
     * Where a user reads what a key means. docs/descriptor.md is not in their repository; the schema is, beside
     * sms.yaml (sms:init writes it, and adds it to an older docs repo without touching other files).
     */
    static final String SCHEMA_REFERENCE = "every key is described in sms.schema.json beside sms.yaml (mvn sms:init writes it)";

    /** The key's own description from the schema, else where all keys are described. */
    private String keyHint(String schemaPointer) {
        String key = schemaPointer.replaceAll("/[^/]*$", "");
        JsonNode node = schemaNode.at(key);
        String description = node.path("description").asText("");
        if (description.isBlank() && node.has("$ref")) {
            description = schemaNode.at(node.path("$ref").asText().replaceFirst("^#", "")).path("description").asText("");
        }
        return description.isBlank() ? SCHEMA_REFERENCE : key.replaceAll(".*/", "") + ": " + description.replaceAll("\\.$", "");
    }

    private String patternHint(String schemaPointer) {
        if (schemaPointer.contains("/$defs/date")) {
            return "write dates as YYYY-MM-DD, for example 2026-01-15";
        }
        if (schemaPointer.contains("/$defs/id")) {
            return "ids use lower-case letters, digits and hyphens, for example service-desk-lead";
        }
        if (schemaPointer.contains("clause")) {
            return "write clause numbers like \"8.6.1\", in quotes";
        }
        return keyHint(schemaPointer);
    }

    private static String expectedType(JsonNode typeNode) {
        List<String> names = new ArrayList<>();
        if (typeNode != null && typeNode.isArray()) {
            typeNode.forEach(t -> names.add(article(t.asText())));
        } else if (typeNode != null) {
            names.add(article(typeNode.asText()));
        }
        return String.join(" or ", names);
    }

    private static String article(String type) {
        switch (type) {
            case "object": return "a mapping (key: value lines)";
            case "array": return "a list";
            case "string": return "text";
            case "integer": return "a whole number";
            case "number": return "a number";
            case "boolean": return "true or false";
            default: return type;
        }
    }

    private String typeHint(JsonNode typeNode, String schemaPointer) {
        String type = typeNode == null ? "" : typeNode.asText();
        switch (type) {
            case "array": return "write a list as [a, b] or as lines starting with '- '";
            case "object": return "indent the nested keys under this one";
            case "string": return "put the value in quotes";
            case "number": return "write a number without quotes or unit, for example 99.5";
            case "integer": return "write a whole number without quotes, for example 12";
            case "boolean": return "write true or false";
            default: return keyHint(schemaPointer);
        }
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isNull()) {
            return "empty";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        return "the text '" + node.asText() + "'";
    }

    private static List<Object> segments(NodePath path) {
        List<Object> segments = new ArrayList<>();
        if (path == null) {
            return segments;
        }
        for (int i = 0; i < path.getNameCount(); i++) {
            segments.add(path.getElement(i));
        }
        return segments;
    }
}
