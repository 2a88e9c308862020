package io.smsdocs.core.template;

import com.fasterxml.jackson.databind.JsonNode;
import io.smsdocs.core.descriptor.LocatedTree;
import io.smsdocs.core.descriptor.YamlTreeReader;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;
import io.smsdocs.core.problem.Suggestions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The template packs on a class loader and what each one's pack.yaml says: its version stamp, the
 * documents it adds or replaces and its house-style DOCX. Every jar lists its packs in
 * {@code META-INF/smsdocs/packs.index}; the built-in pack is {@code default}. A pack.yaml that cannot be
 * read is reported at its line and column, like a descriptor.
 */
public final class PackCatalogue {

    public static final String PACKS = "META-INF/smsdocs/packs";
    public static final String BUILT_IN_NAME = "default";
    public static final String BUILT_IN_PACK = PACKS + "/" + BUILT_IN_NAME;
    /** Each pack jar lists the names of the packs it holds here, one per line. */
    public static final String PACK_INDEX = "META-INF/smsdocs/packs.index";
    static final String PACK_YAML = "pack.yaml";
    /** The schema of pack.yaml, kept with the descriptor's at the repository root (schema/) and shipped beside it. */
    public static final String SCHEMA = "/io/smsdocs/core/descriptor/pack.schema.json";
    /** pack.yaml's keys: those its JSON Schema (schema/pack.schema.json, shipped in the jar for editors) defines. */
    private static final Set<String> KEYS = schemaKeys();
    private static final Set<String> EDITIONS = Set.of("2018", "2011");

    /**
     * One pack's pack.yaml.
     *
     * @param documentsAt where each document of {@code documents} is listed, for messages about it
     */
    public record Pack(String name, String version, List<String> documents, String referenceDocx, SourceLocation referenceDocxAt,
                       Map<String, SourceLocation> documentsAt, List<String> languages, List<String> editions) {

        public Pack {
            documents = List.copyOf(documents);
            documentsAt = Map.copyOf(documentsAt);
            languages = List.copyOf(languages);
            editions = List.copyOf(editions);
        }

        Pack(String name, String version, List<String> documents, String referenceDocx, SourceLocation referenceDocxAt,
             Map<String, SourceLocation> documentsAt) {
            this(name, version, documents, referenceDocx, referenceDocxAt, documentsAt, List.of(), List.of());
        }

        public String root() {
            return PACKS + "/" + name;
        }

        public boolean builtIn() {
            return name.equals(BUILT_IN_NAME);
        }

        /** How the user sees a file of this pack. */
        public String display(String path) {
            return (builtIn() ? "[built-in pack] " : "[pack " + name + "] ") + path;
        }
    }

    private final ClassLoader classLoader;
    private final Pack builtIn;
    private final List<Pack> packs;

    private PackCatalogue(ClassLoader classLoader, Pack builtIn, List<Pack> packs) {
        this.classLoader = classLoader;
        this.builtIn = builtIn;
        this.packs = packs;
    }

    /** Reads the built-in pack and every pack the class loader's pack indexes name; all unreadable pack.yaml files at once. */
    public static PackCatalogue read(ClassLoader classLoader) {
        List<Problem> problems = new ArrayList<>();
        Pack builtIn = readPack(classLoader, BUILT_IN_NAME, problems);
        List<Pack> packs = new ArrayList<>();
        for (String name : indexedNames(classLoader)) {
            Pack pack = readPack(classLoader, name, problems);
            if (pack != null) {
                packs.add(pack);
            }
        }
        if (!problems.isEmpty()) {
            throw new SmsException(problems);
        }
        if (builtIn == null) {
            throw new IllegalStateException("the built-in template pack is not on the classpath (" + BUILT_IN_PACK + ")");
        }
        return new PackCatalogue(classLoader, builtIn, List.copyOf(packs));
    }

    public Pack builtIn() {
        return builtIn;
    }

    /** The packs other than the built-in one, in classpath order. */
    public List<Pack> packs() {
        return packs;
    }

    /** Every pack, in lookup order: the packs first, the built-in one last. */
    public List<Pack> all() {
        List<Pack> all = new ArrayList<>(packs);
        all.add(builtIn);
        return all;
    }

    /**
     * The house-style reference DOCX a pack ships (pack.yaml: referenceDocx), from the first pack that
     * names one; null when none does.
     */
    public byte[] referenceDocx() {
        for (Pack pack : packs) {
            if (pack.referenceDocx() == null) {
                continue;
            }
            try (InputStream in = classLoader.getResourceAsStream(pack.root() + "/" + pack.referenceDocx())) {
                if (in == null) {
                    throw new SmsException(Problem.error(pack.referenceDocxAt(),
                            "pack.yaml names the reference DOCX '" + pack.referenceDocx() + "', which the pack does not contain",
                            "put the file next to pack.yaml, or remove referenceDocx"));
                }
                byte[] bytes = in.readNBytes((int) ReferenceDocxLimit.MAX_BYTES + 1);
                if (bytes.length > ReferenceDocxLimit.MAX_BYTES) {
                    throw new SmsException(Problem.error(new SourceLocation(pack.display(pack.referenceDocx()), 1, 1),
                            "the reference DOCX is larger than " + ReferenceDocxLimit.MAX_BYTES / (1024 * 1024) + " MB", "use a document that holds styles only"));
                }
                return bytes;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
    }

    /** Pack names from every jar's packs.index, in classpath order, without the built-in one. */
    private static Set<String> indexedNames(ClassLoader classLoader) {
        Set<String> names = new LinkedHashSet<>();
        try {
            for (URL index : Collections.list(classLoader.getResources(PACK_INDEX))) {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
                    reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.equals(BUILT_IN_NAME))
                            .forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** One pack.yaml, or null with its problems added. */
    private static Pack readPack(ClassLoader classLoader, String name, List<Problem> problems) {
        String root = PACKS + "/" + name;
        String source = new Pack(name, "0", List.of(), null, null, Map.of()).display(PACK_YAML);
        byte[] bytes;
        try (InputStream in = classLoader.getResourceAsStream(root + "/" + PACK_YAML)) {
            if (in == null) {
                if (!name.equals(BUILT_IN_NAME)) {
                    problems.add(Problem.error(SourceLocation.of(source), "the pack index " + PACK_INDEX + " names the pack '" + name
                            + "', but the pack has no pack.yaml", "add " + root + "/" + PACK_YAML + " to the pack's jar, or remove '"
                            + name + "' from its " + PACK_INDEX));
                }
                return null;
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            problems.add(Problem.error(SourceLocation.of(source), "cannot read pack.yaml: " + e.getMessage(), "check the pack's jar"));
            return null;
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            problems.add(Problem.error(new SourceLocation(source, 1, 1), "pack.yaml is empty", SHAPE));
            return null;
        }
        LocatedTree tree;
        try {
            tree = new YamlTreeReader().read(source, bytes);
        } catch (SmsException e) {
            e.problems().stream().map(PackCatalogue::packWording).forEach(problems::add);
            return null;
        }
        List<Problem> found = new ArrayList<>();
        Pack pack = pack(name, tree, found);
        problems.addAll(found);
        return found.isEmpty() ? pack : null;
    }

    private static final String SHAPE = "pack.yaml holds name:, version: and documents: [documents/<id>.md.ftl, ...]"
            + " (see docs/templates.md)";

    /** The YAML reader words its problems for a descriptor; these are about a pack.yaml. */
    private static Problem packWording(Problem problem) {
        String message = problem.message().replace("the descriptor", "pack.yaml")
                .replace("keys such as 'organization:' and 'sms:'", "keys such as 'name:' and 'documents:'");
        String hint = problem.hint();
        if (hint != null && (hint.contains("organization") || hint.contains("{goal:init}") || hint.contains("descriptor"))) {
            hint = SHAPE;
        }
        return new Problem(problem.severity(), problem.source(), problem.line(), problem.column(), message, hint);
    }

    /** The pack as its tree says, each wrong value reported where it is written. */
    private static Pack pack(String name, LocatedTree tree, List<Problem> problems) {
        JsonNode root = tree.root();
        root.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                problems.add(Problem.error(tree.keyAt("/" + key), "unknown key '" + key + "' in pack.yaml",
                        Suggestions.didYouMean(key, KEYS, "allowed keys: " + String.join(", ", KEYS.stream().sorted().toList()))));
            }
        });
        for (String key : List.of("name", "version", "referenceDocx")) {
            if (root.has(key) && !root.get(key).isValueNode()) {
                problems.add(Problem.error(tree.valueAt("/" + key), "'" + key + "' in pack.yaml must be a single value",
                        "write it on one line, such as " + key + ": " + (key.equals("version") ? "1.0.0" : key.equals("name") ? name : "house-style.docx")));
            }
        }
        List<String> documents = new ArrayList<>();
        Map<String, SourceLocation> documentsAt = new LinkedHashMap<>();
        JsonNode list = root.path("documents");
        if (!list.isMissingNode() && !list.isNull() && !list.isArray()) {
            problems.add(Problem.error(tree.valueAt("/documents"), "'documents' in pack.yaml must be a list",
                    "list one template per line: '  - documents/<id>.md.ftl'"));
        }
        for (int i = 0; list.isArray() && i < list.size(); i++) {
            JsonNode entry = list.get(i);
            if (!entry.isTextual() || entry.asText().isBlank()) {
                problems.add(Problem.error(tree.valueAt("/documents/" + i), "an entry of 'documents' in pack.yaml is not a template path",
                        "list one template per line: '  - documents/<id>.md.ftl'"));
                continue;
            }
            documents.add(entry.asText());
            documentsAt.putIfAbsent(entry.asText(), tree.valueAt("/documents/" + i));
        }
        // A misspelt name would otherwise be silently ignored: the folder and packs.index decide which pack this is.
        if (root.path("name").isValueNode() && !root.path("name").asText().equals(name)) {
            problems.add(Problem.error(tree.valueAt("/name"), "pack.yaml names the pack '" + root.path("name").asText()
                    + "', but it lives in " + PACKS + "/" + name + "/, which " + PACK_INDEX + " lists",
                    Suggestions.didYouMean(root.path("name").asText(), List.of(name), "write name: " + name
                            + " (the folder, the packs.index line and name: must agree)")));
        }
        List<String> languages = strings(tree, "languages", "a language code such as de", v -> v.matches("[a-z]{2,3}"), problems);
        List<String> editions = strings(tree, "editions", "\"2018\" or \"2011\"", EDITIONS::contains, problems);
        String referenceDocx = root.hasNonNull("referenceDocx") ? root.get("referenceDocx").asText() : null;
        return new Pack(name, root.path("version").asText("0"), documents, referenceDocx,
                referenceDocx == null ? null : tree.valueAt("/referenceDocx"), documentsAt, languages, editions);
    }

    /** An optional list of short values ({@code languages: [en, de]}), each wrong entry reported where it is written. */
    private static List<String> strings(LocatedTree tree, String key, String expected, java.util.function.Predicate<String> valid,
                                        List<Problem> problems) {
        JsonNode list = tree.root().path(key);
        List<String> values = new ArrayList<>();
        if (list.isMissingNode() || list.isNull()) {
            return values;
        }
        if (!list.isArray()) {
            problems.add(Problem.error(tree.valueAt("/" + key), "'" + key + "' in pack.yaml must be a list", "write it as " + key
                    + ": [" + (key.equals("editions") ? "\"2018\", \"2011\"" : "en, de") + "]"));
            return values;
        }
        for (int i = 0; i < list.size(); i++) {
            String value = list.get(i).asText("");
            if (!list.get(i).isValueNode() || !valid.test(value)) {
                problems.add(Problem.error(tree.valueAt("/" + key + "/" + i), "'" + value + "' in '" + key + "' of pack.yaml is not "
                        + expected, "list " + (key.equals("editions") ? "the editions the pack supports: \"2018\", \"2011\""
                        : "the set languages the pack supports, such as en, de")));
            } else {
                values.add(value);
            }
        }
        return values;
    }

    private static Set<String> schemaKeys() {
        try (InputStream in = PackCatalogue.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("the pack schema is missing from the generator jar: " + SCHEMA);
            }
            Set<String> keys = new LinkedHashSet<>();
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).path("properties").fieldNames().forEachRemaining(keys::add);
            return Set.copyOf(keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
