package io.smsdocs.core.reference;

import freemarker.template.TemplateMethodModel;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What templates can reach in the data model, read from real models rather than written down: every path
 * (a top-level variable, a key of a hash, {@code []} for the elements of a list, {@code <id>} for the keys of
 * a hash by id), the kinds of value found there, whether it is ever missing, and a first example.
 *
 * <p>The model resolves references into the objects themselves (a service's {@code owner} is the role), so the
 * same role appears under hundreds of paths. Each such shared object is walked once, at its home path
 * ({@code roles[]} for a role), and anywhere else it is recorded as a reference to that home.
 */
final class DataModelShape {

    /** The home of each shared object: the list or hash where its fields are described, and its short name. */
    static final Map<String, String> HOMES = homes();

    private static Map<String, String> homes() {
        Map<String, String> homes = new LinkedHashMap<>();
        homes.put("roles[]", "role");
        homes.put("services[]", "service");
        homes.put("customers[]", "customer");
        homes.put("suppliers[]", "supplier");
        homes.put("processList[]", "process");
        homes.put("documents[]", "document");
        homes.put("sms.risks[]", "risk");
        homes.put("measures.byId.<id>", "measure");
        homes.put("implementationPlan.activities[]", "activity");
        homes.put("implementationPlan.capability.processes[]", "capability of a process");
        homes.put("implementationPlan.capability.actions[]", "capability action");
        homes.put("requests.types[]", "request type");
        homes.put("serviceLevels.rules[]", "service-level rule");
        homes.put("governance.tools[]", "tool");
        homes.put("procedures.parties[]", "party");
        homes.put("traceability[].documents[]", "document of a clause");
        return homes;
    }

    /** What was seen at one path. */
    static final class Entry {
        final String path;
        final Set<String> kinds = new TreeSet<>();
        /** How many times a hash was seen at this path, and how many times this key was in its parent hash. */
        int hashes;
        int present;
        Entry parent;
        Object example;
        String firstKey;
        int elements;

        Entry(String path) {
            this.path = path;
        }

        /** Whether some hash that could hold this key lacks it: templates must write {@code x!"..."} or test {@code x??}. */
        boolean optional() {
            return parent != null && !path.endsWith("[]") && present < parent.hashes;
        }
    }

    private final Set<String> keyedPaths;
    private final Map<String, Entry> entries = new TreeMap<>();
    private final IdentityHashMap<Object, String> homeOf = new IdentityHashMap<>();

    /**
     * @param keyedPaths hashes by id, each as its path with the name of its key: {@code measures.byId.<id>};
     *                   every other hash is walked key by key
     */
    DataModelShape(Set<String> keyedPaths) {
        this.keyedPaths = keyedPaths;
    }

    /** Adds one model (the model of one document of one set). */
    void add(Map<String, Object> model) {
        homeOf.clear();
        // Only hashes with content: every empty hash of the model may be the same object (Map.of()).
        HOMES.forEach((home, name) -> valuesAt(model, home).stream().filter(v -> v instanceof Map<?, ?> map && !map.isEmpty())
                .forEach(v -> homeOf.putIfAbsent(v, home)));
        entry("").kinds.add("hash");
        children("", model);
    }

    /** Every path seen, sorted. */
    Map<String, Entry> entries() {
        return entries;
    }

    private Entry entry(String path) {
        return entries.computeIfAbsent(path, Entry::new);
    }

    private void walk(String path, Object value) {
        Entry entry = entry(path);
        String home = homeOf.get(value);
        if (home != null && !home.equals(path)) {
            entry.kinds.add("@" + home);
            return;
        }
        if (value instanceof Map<?, ?> map) {
            entry.kinds.add("hash");
            children(path, map);
        } else if (value instanceof List<?> list) {
            entry.kinds.add("list");
            entry.elements += list.size();
            for (Object element : list) {
                walk(path + "[]", element);
            }
        } else {
            entry.kinds.add(kind(value));
            if (entry.example == null && !(value instanceof TemplateMethodModel) && !value.toString().isBlank()) {
                entry.example = value;
            }
        }
    }

    private void children(String path, Map<?, ?> map) {
        Entry parent = entry(path);
        parent.hashes++;
        String keyed = keyedChild(path);
        if (keyed != null) {
            Entry child = entry(keyed);
            child.parent = parent;
            if (!map.isEmpty()) {
                child.present++;
            }
            map.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> String.valueOf(a).compareTo(String.valueOf(b))))
                    .forEach(e -> {
                        if (parent.firstKey == null) {
                            parent.firstKey = String.valueOf(e.getKey());
                        }
                        walk(keyed, e.getValue());
                    });
            return;
        }
        String prefix = path.isEmpty() ? "" : path + ".";
        map.forEach((key, value) -> {
            if (value != null) {
                Entry child = entry(prefix + key);
                child.parent = parent;
                child.present++;
                walk(prefix + key, value);
            }
        });
    }

    /** The path of the keys of a hash by id, or null for an ordinary hash. */
    private String keyedChild(String path) {
        String prefix = path.isEmpty() ? "" : path + ".";
        for (String keyed : keyedPaths) {
            if (keyed.startsWith(prefix + "<") && !keyed.substring(prefix.length()).contains(".")) {
                return keyed;
            }
        }
        return null;
    }

    private static String kind(Object value) {
        if (value instanceof String) {
            return "text";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof TemplateMethodModel) {
            return "method";
        }
        throw new IllegalStateException("the data model holds a " + value.getClass().getName()
                + "; templates see plain maps, lists, strings, numbers and booleans only");
    }

    /** The values at a path of a model ({@code []} every element, {@code <...>} every value of a hash). */
    static List<Object> valuesAt(Object model, String path) {
        List<Object> values = List.of(model);
        for (String step : path.replace("[]", ".[]").split("\\.")) {
            List<Object> next = new ArrayList<>();
            for (Object value : values) {
                if (step.equals("[]") && value instanceof List<?> list) {
                    next.addAll(list);
                } else if (step.startsWith("<") && value instanceof Map<?, ?> map) {
                    next.addAll(map.values());
                } else if (value instanceof Map<?, ?> map && map.get(step) != null) {
                    next.add(map.get(step));
                }
            }
            values = next;
        }
        return values;
    }
}
