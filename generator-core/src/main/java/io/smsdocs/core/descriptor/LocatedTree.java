package io.smsdocs.core.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import io.smsdocs.core.problem.SourceLocation;

import java.util.List;
import java.util.Map;

/**
 * A parsed YAML document plus the source position of every value and every mapping key,
 * indexed by JSON Pointer, so that any later check can point the user at the right line.
 */
public record LocatedTree(String source, JsonNode root, Map<String, SourceLocation> valueLocations,
                          Map<String, SourceLocation> keyLocations) {

    /** Where the value at this pointer starts; falls back to the nearest located ancestor. */
    public SourceLocation valueAt(String pointer) {
        return nearest(valueLocations, pointer);
    }

    /** Where the key of this pointer's last segment is written; falls back to the value. */
    public SourceLocation keyAt(String pointer) {
        SourceLocation key = keyLocations.get(pointer);
        return key != null ? key : valueAt(pointer);
    }

    private SourceLocation nearest(Map<String, SourceLocation> locations, String pointer) {
        String current = pointer;
        while (true) {
            SourceLocation found = locations.get(current);
            if (found != null) {
                return found;
            }
            if (current.isEmpty()) {
                return SourceLocation.of(source);
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
    }

    public static String pointer(List<Object> segments) {
        StringBuilder pointer = new StringBuilder();
        for (Object segment : segments) {
            pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    /**
     * The user's way to name a place, counted from one and with the item's id where it has one:
     * {@code owner of the third service, 'pacs'}, {@code the first customer of the second service, 'desk'},
     * {@code sms.documentControl.owner}. Without ids (no tree at hand) the items are named by position only.
     */
    public static String displayPath(List<Object> segments) {
        return display(segments, null);
    }

    /** As {@link #displayPath}, naming each list item by its id in this tree. */
    public String display(List<Object> segments) {
        return display(segments, root);
    }

    /** The place a JSON Pointer of this tree names, worded as {@link #display(List)} does. */
    public String displayPointer(String pointer) {
        return display(segments(pointer));
    }

    /**
     * The place as the subject of a sentence: "owner of the third service, 'pacs', refers to ...": an id at
     * the end is closed with a comma.
     */
    public String displaySubject(List<Object> segments) {
        return subject(display(segments));
    }

    /** As {@link #displaySubject(List)} for a JSON Pointer. */
    public String displaySubjectOfPointer(String pointer) {
        return subject(display(segments(pointer)));
    }

    static String subject(String place) {
        return place.matches(".*, '[^']*'$") ? place + "," : place;
    }

    /** The segments of a pointer of this tree: array indices as numbers, keys as text. */
    private List<Object> segments(String pointer) {
        List<Object> segments = new java.util.ArrayList<>();
        com.fasterxml.jackson.databind.JsonNode node = root;
        for (String raw : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
            String key = raw.replace("~1", "/").replace("~0", "~");
            if (node != null && node.isArray() && key.matches("\\d+")) {
                segments.add(Integer.parseInt(key));
                node = node.path(Integer.parseInt(key));
            } else {
                segments.add(key);
                node = node == null ? null : node.path(key);
            }
        }
        return segments;
    }

    /** Singular nouns of the descriptor's lists, for "the second service". */
    private static final Map<String, String> NOUNS = Map.ofEntries(Map.entry("roles", "role"), Map.entry("services", "service"),
            Map.entry("customers", "customer"), Map.entry("suppliers", "supplier"), Map.entry("objectives", "objective"),
            Map.entry("risks", "risk"), Map.entry("gaps", "gap"), Map.entry("assessment", "assessment"),
            Map.entry("holidays", "holiday"), Map.entry("revisions", "revision"), Map.entry("priorities", "priority"),
            Map.entry("exclude", "excluded document"));

    private static String display(List<Object> segments, JsonNode root) {
        int last = lastIndex(segments, segments.size());
        if (last < 0) {
            return segments.isEmpty() ? "the descriptor" : dotted(segments);
        }
        List<Object> rest = segments.subList(last + 1, segments.size());
        // "id of the first role" names the place of a bad id without repeating the bad value.
        String item = item(segments, last, rest.equals(List.of("id")) ? null : root);
        return rest.isEmpty() ? item : dotted(rest) + " of " + item;
    }

    /** "the second service, 'pacs'" for the item at segments[index]; its list and what contains the list follow. */
    private static String item(List<Object> segments, int index, JsonNode root) {
        int position = (Integer) segments.get(index);
        String list = index > 0 ? String.valueOf(segments.get(index - 1)) : "";
        String id = null;
        if (root != null) {
            JsonNode node = root.at(pointer(segments.subList(0, index + 1)));
            id = node.path("id").isTextual() ? node.path("id").asText() : null;
        }
        String phrase = Ordinals.item(NOUNS.getOrDefault(list, "entry"), position, id);
        int outer = lastIndex(segments, index - 1);
        if (outer >= 0) {
            List<Object> between = segments.subList(outer + 1, index - 1);
            return phrase + (between.isEmpty() ? "" : " in " + dotted(between)) + " of " + item(segments, outer, root);
        }
        List<Object> container = segments.subList(0, Math.max(index - 1, 0));
        return container.isEmpty() && NOUNS.containsKey(list) ? phrase : phrase + " in " + dotted(segments.subList(0, index));
    }

    private static int lastIndex(List<Object> segments, int before) {
        for (int i = Math.min(before, segments.size()) - 1; i >= 0; i--) {
            if (segments.get(i) instanceof Integer) {
                return i;
            }
        }
        return -1;
    }

    private static String dotted(List<Object> keys) {
        StringBuilder path = new StringBuilder();
        for (Object key : keys) {
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(key);
        }
        return path.toString();
    }
}
