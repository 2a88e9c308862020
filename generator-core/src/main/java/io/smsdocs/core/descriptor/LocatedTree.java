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

    /** The user's way to name a place: {@code services[2].owner}. */
    public static String displayPath(List<Object> segments) {
        StringBuilder path = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(segment);
            }
        }
        return path.length() == 0 ? "the descriptor" : path.toString();
    }
}
