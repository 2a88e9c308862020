package io.smsdocs.core.property;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the descriptor holds, the generator ends in one of two ways: a valid set, or located
 * problems (file, line and column of the descriptor). No other exception escapes, so a user never sees
 * a stack trace for bad input.
 *
 * <p>The main property starts from valid descriptors (the samples and the minimal test descriptor) and
 * applies a few mutations to them: a key deleted, a scalar changed to another type or value, list items
 * duplicated, removed or reordered, ids renamed (everywhere, or in one place only), references pointed at
 * ids of another kind, subtrees moved, lines of the YAML text deleted, duplicated or re-indented. Many of
 * these still give a valid set, so the whole path through planning, rendering and export runs too, not
 * only the validation; the statistics printed on failure show the split.
 *
 * <p>Seeds are fixed (see {@code junit-platform.properties} and each {@code @Property}), so a run is
 * deterministic; tries are few enough for the property to stay well under a minute.
 */
class NoUnexpectedExceptionPropertiesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Valid descriptors to mutate: a 2018 sample, a 2011 sample, a German client and the smallest one. */
    private static final List<String> BASES = List.of("../samples/northwind/src/sms/sms.yaml",
            "../samples/stmarys-it/src/sms/sms.yaml", "../samples/consultant-pack/client/src/sms/sms.yaml",
            "src/test/resources/descriptors/minimal.yaml");

    private static final List<String> KEYS = List.of("organization", "sms", "name", "scope", "roles", "services", "customers",
            "suppliers", "id", "title", "owner", "edition", "effectiveDate", "processes", "incident-management", "tool",
            "implementation", "gaps", "clause", "status", "certification", "stage1", "stage2", "documents", "exclude",
            "overrides", "version", "availabilityTarget", "hours", "criticality", "serviceLevels", "priorities", "x");

    /** Values a scalar is changed to: other types, edge values, look-alikes of valid values. */
    private static final List<Object> VALUES = List.of("", " ", "x", "2026-01-15", "2026-02-30", "1999-12-31", "2100-01-01",
            "15.01.2026", "8.6.1", "8.9", "4.4", "2011", "2018", "99.5", "de", "en", "fr", "true", "null", "~", "high", "low",
            "external", "internal", "missing", "partial", "implemented", "F", "N", "PA1.1", "P1-10", "sms-manager",
            "Service Desk", "a: b", "#not a comment", "- item", "[a, b]", "{k: v}", "*alias", "&anchor x", "'", "\"", "\\",
            "<b>html</b> & | pipes |", "${org.name}", "<#stop 'x'>", "[link](http://x)", "ÄÖÜ ß é 日本", "line one\nline two",
            "../../../etc/passwd", "logo.png", "x".repeat(300),
            0, 1, 2, 3, 5, -1, 12, 100, 101, 1000, Integer.MAX_VALUE, Long.MAX_VALUE, 0.5, 99.999, -0.0, 1e308,
            true, false, List.of(), List.of("a", "b"), Map.of(), Map.of("k", "v"));

    @Property(tries = 100, seed = "20000", edgeCases = EdgeCasesMode.NONE)
    void mutatedValidDescriptorsGiveASetOrLocatedProblems(@ForAll("mutatedDescriptors") Mutant mutant) throws IOException {
        Outcome outcome = assertOutcome(mutant.yaml().getBytes(StandardCharsets.UTF_8));
        Statistics.label("outcome").collect(outcome);
        Statistics.label("base").collect(mutant.base());
    }

    @Property(tries = 50, seed = "20001")
    void randomDescriptorTreesGiveASetOrLocatedProblems(@ForAll("descriptors") String yaml) throws IOException {
        assertOutcome(yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 100, seed = "20002")
    void randomBytesGiveLocatedProblems(@ForAll byte[] bytes) throws IOException {
        assertOutcome(bytes);
    }

    /**
     * The starting points are valid after the round trip through the YAML writer the mutants use, so a
     * mutant that fails fails because of its mutations (an SmsException here names its problems).
     */
    @Example
    void unmutatedBasesGiveASet() throws IOException {
        for (String base : BASES) {
            byte[] yaml = yaml(read(base)).getBytes(StandardCharsets.UTF_8);
            assertThat(outcome(yaml, false)).as(base).isEqualTo(Outcome.SET);
        }
    }

    enum Outcome { SET, PROBLEMS }

    private static Outcome assertOutcome(byte[] descriptor) throws IOException {
        return outcome(descriptor, true);
    }

    /** @param catchProblems whether an SmsException is an outcome (checked to be located) or fails the caller */
    private static Outcome outcome(byte[] descriptor, boolean catchProblems) throws IOException {
        Path dir = Files.createTempDirectory("smsdocs-property");
        try {
            Path file = dir.resolve("sms.yaml");
            Files.write(file, descriptor);
            try {
                new SmsGenerator().generate(GenerationRequest.of(file, null, dir.resolve("out"), List.of("markdown")));
                assertThat(dir.resolve("out/manifest.json")).exists();
                return Outcome.SET;
            } catch (SmsException e) {
                if (!catchProblems) {
                    throw e;
                }
                assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> isLocated(problem, file.toString()));
                return Outcome.PROBLEMS;
            }
        } finally {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** In the descriptor (not in a built-in template), at a line and column, on one line, with a hint. */
    private static void isLocated(Problem problem, String descriptor) {
        assertThat(problem.format()).doesNotContain("\n");
        assertThat(problem.source()).as(problem.format()).isEqualTo(descriptor);
        assertThat(problem.line()).as(problem.format()).isPositive();
        assertThat(problem.column()).as(problem.format()).isPositive();
        assertThat(problem.hint()).as(problem.format()).isNotBlank();
    }

    // ---- Mutations of valid descriptors ----

    /** A mutated descriptor; toString names the mutations, so a failure report says what was changed. */
    record Mutant(String base, List<String> mutations, String yaml) {
        @Override
        public String toString() {
            return base + " with " + mutations;
        }
    }

    enum Kind {
        DELETE_KEY, CHANGE_SCALAR, SIMILAR_SCALAR, CONTAINER_TO_SCALAR, EMPTY_CONTAINER, DUPLICATE_ITEM, REMOVE_ITEM, REORDER_ITEMS,
        RENAME_ID_EVERYWHERE, RENAME_ID_ONCE, SWAP_REFERENCE, ADD_KEY, COPY_SUBTREE, DELETE_LINE, DUPLICATE_LINE, REINDENT_LINE
    }

    /** One mutation: what to do, where (an index into the candidate nodes, taken modulo) and with what. */
    record Mutation(Kind kind, int where, int what) {
    }

    /**
     * Mutations that often keep the descriptor valid (a value of the same type, a list reordered, an id
     * renamed everywhere, an optional key deleted) are drawn more often than the ones that break it.
     */
    @Provide
    Arbitrary<Mutant> mutatedDescriptors() {
        Arbitrary<Kind> kinds = Arbitraries.frequency(
                Tuple.of(6, Kind.SIMILAR_SCALAR), Tuple.of(4, Kind.REORDER_ITEMS), Tuple.of(3, Kind.RENAME_ID_EVERYWHERE),
                Tuple.of(3, Kind.DELETE_KEY), Tuple.of(3, Kind.REMOVE_ITEM), Tuple.of(2, Kind.DUPLICATE_ITEM),
                Tuple.of(2, Kind.CHANGE_SCALAR), Tuple.of(1, Kind.CONTAINER_TO_SCALAR), Tuple.of(1, Kind.EMPTY_CONTAINER),
                Tuple.of(1, Kind.RENAME_ID_ONCE), Tuple.of(1, Kind.SWAP_REFERENCE), Tuple.of(1, Kind.ADD_KEY),
                Tuple.of(1, Kind.COPY_SUBTREE), Tuple.of(1, Kind.DELETE_LINE), Tuple.of(1, Kind.DUPLICATE_LINE),
                Tuple.of(1, Kind.REINDENT_LINE));
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 10_000).withoutEdgeCases();
        Arbitrary<Mutation> mutation = Combinators.combine(kinds, index, index).as(Mutation::new);
        return Combinators.combine(Arbitraries.of(BASES), mutation.list().ofMinSize(1).ofMaxSize(3))
                .as(NoUnexpectedExceptionPropertiesTest::mutate);
    }

    private static Mutant mutate(String base, List<Mutation> mutations) {
        JsonNode root = read(base);
        List<String> applied = new ArrayList<>();
        List<Mutation> lineMutations = new ArrayList<>();
        for (Mutation m : mutations) {
            if (m.kind().name().endsWith("_LINE")) {
                lineMutations.add(m);
            } else {
                applied.add(apply(root, m));
            }
        }
        List<String> lines = new ArrayList<>(yaml(root).lines().toList());
        for (Mutation m : lineMutations) {
            applied.add(applyToLines(lines, m));
        }
        return new Mutant(base, applied, String.join("\n", lines) + "\n");
    }

    private static String apply(JsonNode root, Mutation m) {
        List<Location> all = locations(root);
        switch (m.kind()) {
            case DELETE_KEY -> {
                Location at = pick(all, m.where(), l -> l.parent() instanceof ObjectNode);
                if (at == null) {
                    return "nothing to delete";
                }
                ((ObjectNode) at.parent()).remove(at.key());
                return "delete " + at.path();
            }
            case CHANGE_SCALAR -> {
                Location at = pick(all, m.where(), l -> l.node().isValueNode());
                if (at == null) {
                    return "no scalar";
                }
                JsonNode value = toNode(VALUES.get(m.what() % VALUES.size()));
                at.replace(value);
                return "set " + at.path() + " = " + value;
            }
            case SIMILAR_SCALAR -> {
                Location at = pick(all, m.where(), l -> l.node().isValueNode());
                if (at == null) {
                    return "no scalar";
                }
                JsonNode value = similar(at.node(), m.what());
                at.replace(value);
                return "set " + at.path() + " = " + value;
            }
            case CONTAINER_TO_SCALAR -> {
                Location at = pick(all, m.where(), l -> l.node().isContainerNode());
                if (at == null) {
                    return "no container";
                }
                JsonNode value = toNode(VALUES.get(m.what() % VALUES.size()));
                at.replace(value);
                return "set " + at.path() + " = " + value;
            }
            case EMPTY_CONTAINER -> {
                Location at = pick(all, m.where(), l -> l.node().isContainerNode() && !l.node().isEmpty());
                if (at == null) {
                    return "no container";
                }
                ((com.fasterxml.jackson.databind.node.ContainerNode<?>) at.node()).removeAll();
                return "empty " + at.path();
            }
            case DUPLICATE_ITEM, REMOVE_ITEM, REORDER_ITEMS -> {
                Location at = pick(all, m.where(), l -> l.node().isArray() && !l.node().isEmpty());
                if (at == null) {
                    return "no list";
                }
                ArrayNode list = (ArrayNode) at.node();
                int index = m.what() % list.size();
                if (m.kind() == Kind.DUPLICATE_ITEM) {
                    list.insert(index, list.get(index).deepCopy());
                    return "duplicate " + at.path() + "[" + index + "]";
                }
                if (m.kind() == Kind.REMOVE_ITEM) {
                    list.remove(index);
                    return "remove " + at.path() + "[" + index + "]";
                }
                List<JsonNode> items = new ArrayList<>();
                list.forEach(items::add);
                Collections.rotate(items, index + 1);
                if (m.what() % 2 == 0) {
                    Collections.reverse(items);
                }
                list.removeAll();
                items.forEach(list::add);
                return "reorder " + at.path();
            }
            case RENAME_ID_EVERYWHERE, RENAME_ID_ONCE -> {
                List<String> ids = ids(root);
                if (ids.isEmpty()) {
                    return "no id";
                }
                String id = ids.get(m.where() % ids.size());
                String renamed = List.of(id + "-x", "renamed", "Bad Id", "a", id.toUpperCase(), "x".repeat(80), "1st")
                        .get(m.what() % 7);
                int[] count = {0};
                replaceText(root, id, renamed, m.kind() == Kind.RENAME_ID_ONCE ? 1 + m.what() % 3 : Integer.MAX_VALUE, count);
                return "rename " + id + " -> " + renamed + " (" + count[0] + "x)";
            }
            case SWAP_REFERENCE -> {
                List<String> ids = ids(root);
                Location at = pick(all, m.where(), l -> l.node().isTextual() && ids.contains(l.node().asText()));
                if (at == null || ids.size() < 2) {
                    return "no reference";
                }
                String other = ids.get(m.what() % ids.size());
                at.replace(NODES.textNode(other));
                return "point " + at.path() + " at " + other;
            }
            case ADD_KEY -> {
                Location at = pick(all, m.where(), l -> l.node().isObject());
                ObjectNode target = at == null ? (ObjectNode) root : (ObjectNode) at.node();
                String key = KEYS.get(m.what() % KEYS.size());
                target.set(key, toNode(VALUES.get(m.what() % VALUES.size())));
                return "add " + (at == null ? "" : at.path()) + "." + key;
            }
            case COPY_SUBTREE -> {
                Location from = pick(all, m.what(), l -> l.node().isContainerNode());
                Location to = pick(all, m.where(), l -> true);
                if (from == null || to == null || to.node() == from.node()) {
                    return "nothing to copy";
                }
                to.replace(from.node().deepCopy());
                return "copy " + from.path() + " to " + to.path();
            }
            default -> throw new IllegalStateException(m.kind().name());
        }
    }

    /** A value of the same type as the one it replaces: a date stays a date, text stays text, a number a number. */
    private static JsonNode similar(JsonNode old, int what) {
        if (old.isNumber()) {
            double n = old.asDouble();
            List<Double> numbers = List.of(n + 1, n - 1, n / 2, n * 2, 0.0, 1.0, 99.99, Math.floor(n) + 0.5);
            double v = numbers.get(what % numbers.size());
            return v == Math.rint(v) && Math.abs(v) < 1e9 ? NODES.numberNode((long) v) : NODES.numberNode(v);
        }
        if (old.isBoolean()) {
            return NODES.booleanNode(!old.asBoolean());
        }
        String text = old.asText();
        java.time.LocalDate date = date(text);
        if (date != null) {
            List<java.time.LocalDate> dates = List.of(date.plusDays(1), date.minusDays(1), date.plusMonths(6), date.minusYears(1),
                    date.plusYears(2), java.time.LocalDate.of(2026, 2, 28), java.time.LocalDate.of(2028, 2, 29));
            return NODES.textNode(dates.get(what % dates.size()).toString());
        }
        List<String> texts = List.of(text + " (changed)", text.toUpperCase(java.util.Locale.ROOT), "Ä & Ö | ü <b> *x* _y_ `z` #1",
                text + " | with a pipe", text + "\nsecond line", "[not a link]", text.repeat(5), "Text with \"quotes\" and 'apostrophes'",
                "ends with a backslash \\");
        return NODES.textNode(texts.get(what % texts.size()));
    }

    private static java.time.LocalDate date(String text) {
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String applyToLines(List<String> lines, Mutation m) {
        if (lines.isEmpty()) {
            return "no line";
        }
        int index = m.where() % lines.size();
        String line = lines.get(index);
        switch (m.kind()) {
            case DELETE_LINE -> lines.remove(index);
            case DUPLICATE_LINE -> lines.add(index, line);
            case REINDENT_LINE -> lines.set(index, m.what() % 2 == 0 ? "  " + line : line.replaceFirst("^ {1,2}", ""));
            default -> throw new IllegalStateException(m.kind().name());
        }
        return m.kind().name().toLowerCase() + " " + (index + 1) + ": " + line.strip();
    }

    /** A node and how to reach it: its parent and its key (object) or index (array). */
    private record Location(String path, JsonNode parent, String key, int index, JsonNode node) {
        void replace(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(key, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private static List<Location> locations(JsonNode root) {
        List<Location> all = new ArrayList<>();
        collect(root, "", all);
        return all;
    }

    private static void collect(JsonNode node, String path, List<Location> all) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = path + "." + field.getKey();
                all.add(new Location(child, node, field.getKey(), -1, field.getValue()));
                collect(field.getValue(), child, all);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = path + "[" + i + "]";
                all.add(new Location(child, node, null, i, node.get(i)));
                collect(node.get(i), child, all);
            }
        }
    }

    private static Location pick(List<Location> all, int where, java.util.function.Predicate<Location> fits) {
        List<Location> candidates = all.stream().filter(fits).toList();
        return candidates.isEmpty() ? null : candidates.get(where % candidates.size());
    }

    /** Ids the descriptor defines (roles, services, customers, suppliers ...), in document order. */
    private static List<String> ids(JsonNode root) {
        Set<String> ids = new LinkedHashSet<>();
        for (Location l : locations(root)) {
            if ("id".equals(l.key()) && l.node().isTextual()) {
                ids.add(l.node().asText());
            }
        }
        return new ArrayList<>(ids);
    }

    /** Replaces whole text values and object keys equal to from, at most limit times. */
    private static void replaceText(JsonNode node, String from, String to, int limit, int[] count) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            ObjectNode copy = NODES.objectNode();
            for (String name : names) {
                JsonNode value = object.get(name);
                String key = name;
                if (name.equals(from) && count[0] < limit) {
                    key = to;
                    count[0]++;
                }
                replaceText(value, from, to, limit, count);
                copy.set(key, value);
            }
            object.removeAll();
            object.setAll(copy);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                if (item.isTextual() && item.asText().equals(from) && count[0] < limit) {
                    ((ArrayNode) node).set(i, NODES.textNode(to));
                    count[0]++;
                } else {
                    replaceText(item, from, to, limit, count);
                }
            }
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> textKeys = new ArrayList<>();
            object.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual() && e.getValue().asText().equals(from)) {
                    textKeys.add(e.getKey());
                }
            });
            for (String key : textKeys) {
                if (count[0] < limit) {
                    object.put(key, to);
                    count[0]++;
                }
            }
        }
    }

    private static JsonNode toNode(Object value) {
        return YAML.valueToTree(value);
    }

    private static JsonNode read(String descriptor) {
        try {
            return YAML.readTree(Path.of(descriptor).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String yaml(JsonNode root) {
        try {
            return YAML.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- Random trees of descriptor keys ----

    @Provide
    Arbitrary<String> descriptors() {
        Arbitrary<Object> tree = Arbitraries.recursive(NoUnexpectedExceptionPropertiesTest::scalars, NoUnexpectedExceptionPropertiesTest::nest, 3);
        return Combinators.combine(tree, Arbitraries.of(true, false)).as((random, anchored) -> {
            String base = "organization: {name: Example Ltd}\nsms:\n  scope: The SMS covers the services of Example Ltd.\n";
            String body = randomYaml(random, 0);
            return anchored ? base + body : body;
        });
    }

    private static Arbitrary<Object> scalars() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.integers().between(-5, 3000).map(i -> (Object) i),
                Arbitraries.of("2026-01-15", "2026-02-30", "8.6.1", "99.5", "true", "null", "sms-manager", "external", "missing",
                        "[a, b]", "{k: v}", "*alias", "&anchor x", "- item", ": colon", "\t tab", "'").map(s -> (Object) s));
    }

    private static Arbitrary<Object> nest(Arbitrary<Object> inner) {
        Arbitrary<Object> map = Arbitraries.maps(Arbitraries.of(KEYS), inner).ofMaxSize(4).map(m -> (Object) m);
        Arbitrary<Object> list = inner.list().ofMaxSize(3).map(l -> (Object) l);
        return Arbitraries.oneOf(map, list);
    }

    private static String randomYaml(Object node, int depth) {
        String indent = "  ".repeat(depth);
        if (node instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return indent + "{}\n";
            }
            return map.entrySet().stream().map(e -> indent + e.getKey() + ":" + child(e.getValue(), depth + 1))
                    .collect(Collectors.joining());
        }
        if (node instanceof List<?> list) {
            if (list.isEmpty()) {
                return indent + "[]\n";
            }
            return list.stream().map(v -> indent + "-" + child(v, depth + 1)).collect(Collectors.joining());
        }
        return indent + node + "\n";
    }

    private static String child(Object value, int depth) {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return "\n" + randomYaml(value, depth);
        }
        return " " + value + "\n";
    }
}
