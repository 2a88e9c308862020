package io.smsdocs.core.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;
import io.smsdocs.core.problem.Suggestions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Parses the YAML inside a document template's leading {@code <#-- ... -->} comment. */
final class TemplateMetadataReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> KEYS = Set.of("id", "title", "kind", "code", "order", "clauses", "editions", "foreach",
            "packVersion", "workbook", "related", "process");
    private static final Set<String> EDITIONS = Set.of("2018", "2011");
    private static final Set<String> VARIANT_KEYS = Set.of("title", "code", "order", "clauses", "related");
    private static final Set<String> KINDS = Set.of("policy", "plan", "procedure", "agreement", "catalogue", "register",
            "statement", "matrix", "glossary", TemplateMetadata.FORM);
    private static final List<String> FOREACH = List.of(TemplateMetadata.FOR_EACH_SERVICE, TemplateMetadata.FOR_EACH_INTERNAL_SUPPLIER);
    // Documents of kind "matrix" render after all others and can read the traceability of the whole set.
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private TemplateMetadataReader() {
    }

    /**
     * Whether a template starts with a metadata header: a leading comment whose YAML names an {@code id}. A
     * language variant usually has none, and may start with an ordinary comment instead.
     */
    static boolean hasHeader(String text) {
        String trimmed = text.stripLeading();
        int end = trimmed.indexOf("-->");
        if (!trimmed.startsWith("<#--") || end < 0) {
            return false;
        }
        try {
            JsonNode node = YAML.readTree(trimmed.substring(4, end));
            return node != null && node.isObject() && node.has("id");
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    static TemplateMetadata read(String templateName, String displayName, String text) {
        String trimmed = text.stripLeading();
        int leadingLines = (int) text.substring(0, text.length() - trimmed.length()).chars().filter(c -> c == '\n').count();
        if (!trimmed.startsWith("<#--")) {
            throw new SmsException(Problem.error(new SourceLocation(displayName, 1, 1),
                    "the template has no metadata header",
                    "start it with <#-- id: ..., title: ..., kind: ..., clauses: [...] -->"));
        }
        int end = trimmed.indexOf("-->");
        if (end < 0) {
            throw new SmsException(Problem.error(new SourceLocation(displayName, leadingLines + 1, 1),
                    "the metadata comment is not closed", "end it with -->"));
        }
        String yaml = trimmed.substring(4, end);
        int firstLine = leadingLines + 1;
        JsonNode node;
        try {
            node = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new SmsException(Problem.error(new SourceLocation(displayName, firstLine + Math.max(line - 1, 0), 1),
                    "invalid YAML in the metadata header: " + e.getOriginalMessage().lines().findFirst().orElse(""),
                    "the header is YAML: 'key: value' per line"));
        }
        if (node == null || !node.isObject()) {
            throw new SmsException(Problem.error(new SourceLocation(displayName, firstLine, 1),
                    "the metadata header must hold 'key: value' lines", "see docs/templates.md"));
        }
        List<Problem> problems = new ArrayList<>();
        SourceLocation header = new SourceLocation(displayName, firstLine, 1);
        node.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                problems.add(Problem.error(header, "unknown metadata key '" + key + "'",
                        Suggestions.didYouMean(key, KEYS, "allowed keys: " + String.join(", ", KEYS.stream().sorted().toList()))));
            }
        });
        String id = node.path("id").asText("");
        if (!ID.matcher(id).matches()) {
            problems.add(Problem.error(header, "metadata 'id' is missing or not a lower-case id",
                    "use letters, digits and hyphens, e.g. id: incident-management"));
        }
        if (node.path("title").asText("").isBlank()) {
            problems.add(Problem.error(header, "metadata 'title' is missing", "add a line such as title: Incident Management Procedure"));
        }
        String kind = node.path("kind").asText("");
        if (!KINDS.contains(kind)) {
            problems.add(Problem.error(header, "metadata 'kind' is '" + kind + "'",
                    Suggestions.didYouMean(kind, KINDS, "one of: " + String.join(", ", KINDS.stream().sorted().toList()))));
        }
        String foreach = node.path("foreach").asText(null);
        if (foreach != null && !FOREACH.contains(foreach)) {
            problems.add(Problem.error(header, "metadata 'foreach' is '" + foreach + "'",
                    Suggestions.didYouMean(foreach, FOREACH, "one of: " + String.join(", ", FOREACH))));
        }
        String process = node.path("process").asText(null);
        if (process != null && !io.smsdocs.core.standard.ProcessCatalogue.ids().contains(process)) {
            problems.add(Problem.error(header, "metadata 'process' names the unknown process '" + process + "'",
                    Suggestions.didYouMean(process, io.smsdocs.core.standard.ProcessCatalogue.ids(), "see the process ids in docs/descriptor.md")));
        }
        if (!problems.isEmpty()) {
            throw new SmsException(problems);
        }
        Map<String, TemplateMetadata.EditionVariant> variants = variants(node.path("editions"), header, problems);
        if (!problems.isEmpty()) {
            throw new SmsException(problems);
        }
        List<String> editions = node.path("editions").isObject() ? new ArrayList<>(variants.keySet()) : strings(node.path("editions"));
        return new TemplateMetadata(templateName, id, node.path("title").asText(), kind, node.path("code").asText(""),
                node.path("order").asInt(1000), strings(node.path("clauses")), editions, foreach,
                node.path("packVersion").isMissingNode() ? null : node.path("packVersion").asText(), variants,
                node.path("workbook").asBoolean(false), strings(node.path("related")), process);
    }

    /**
     * {@code editions} is either a list of editions or a map from edition to what differs in it
     * (title, code, order, clauses), so one template serves both editions without a copy.
     */
    private static Map<String, TemplateMetadata.EditionVariant> variants(JsonNode editions, SourceLocation header, List<Problem> problems) {
        Map<String, TemplateMetadata.EditionVariant> variants = new LinkedHashMap<>();
        if (!editions.isObject()) {
            return variants;
        }
        editions.fields().forEachRemaining(entry -> {
            JsonNode value = entry.getValue();
            if (!EDITIONS.contains(entry.getKey())) {
                problems.add(Problem.error(header, "metadata 'editions' names the unknown edition '" + entry.getKey() + "'",
                        Suggestions.didYouMean(entry.getKey(), EDITIONS, "editions are \"2018\" and \"2011\"")));
                return;
            }
            if (value.isObject()) {
                value.fieldNames().forEachRemaining(key -> {
                    if (!VARIANT_KEYS.contains(key)) {
                        problems.add(Problem.error(header, "unknown key '" + key + "' in metadata 'editions." + entry.getKey() + "'",
                                Suggestions.didYouMean(key, VARIANT_KEYS, "allowed keys: " + String.join(", ", VARIANT_KEYS.stream().sorted().toList()))));
                    }
                });
            }
            variants.put(entry.getKey(), new TemplateMetadata.EditionVariant(
                    value.hasNonNull("title") ? value.get("title").asText() : null,
                    value.hasNonNull("code") ? value.get("code").asText() : null,
                    value.hasNonNull("order") ? value.get("order").asInt() : null,
                    value.has("clauses") ? strings(value.get("clauses")) : null,
                    value.has("related") ? strings(value.get("related")) : null));
        });
        return variants;
    }

    private static List<String> strings(JsonNode list) {
        List<String> values = new ArrayList<>();
        if (list.isArray()) {
            list.forEach(v -> values.add(v.asText()));
        } else if (!list.isMissingNode() && !list.isNull()) {
            values.add(list.asText());
        }
        return values;
    }
}
