package io.smsdocs.core.export;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** Keeps every generated path inside the output folder, whatever a descriptor or template says. */
public final class OutputPaths {

    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private OutputPaths() {
    }

    public static Path resolveInside(Path root, String relative) {
        for (String segment : relative.split("/", -1)) {
            if (!SAFE_SEGMENT.matcher(segment).matches() || segment.equals("..") || segment.contains("..")) {
                throw new IllegalArgumentException("unsafe output path '" + relative + "'");
            }
        }
        Path resolved = root.resolve(relative).normalize();
        if (!resolved.startsWith(root.normalize())) {
            throw new IllegalArgumentException("output path '" + relative + "' escapes the output folder");
        }
        return resolved;
    }
}
