package io.smsdocs.core.descriptor;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SourceLocation;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns a YAML syntax error into a located one-line problem with a hint for the usual causes. */
final class YamlErrors {

    private YamlErrors() {
    }

    static Problem toProblem(String source, JsonProcessingException e, JsonLocation fallback) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : fallback;
        SourceLocation location = at == null ? SourceLocation.of(source)
                : new SourceLocation(source, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
        String raw = e.getOriginalMessage() == null ? "invalid YAML" : e.getOriginalMessage();
        MarkedYAMLException marked = markedCause(e);
        if (marked != null && marked.getProblemMark() != null && marked.getProblem() != null) {
            // SnakeYAML's problem mark is where the offending character is; Jackson reports where the token began.
            location = new SourceLocation(source, marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1);
            raw = marked.getProblem();
        }
        String message = firstLine(raw);
        if (raw.contains("nesting depth")) {
            message = "the descriptor nests deeper than " + YamlTreeReader.MAX_NESTING_DEPTH + " levels";
        } else if (raw.contains("String value length")) {
            message = "a value is longer than " + YamlTreeReader.MAX_DOCUMENT_CHARS + " characters";
        }
        String lower = raw.toLowerCase(java.util.Locale.ROOT);
        String hint;
        if (lower.contains("\\t") || lower.contains("(tab)")) {
            hint = "YAML indentation must use spaces, not tabs";
        } else if (lower.contains("mapping values are not allowed")) {
            hint = "a value containing ': ' must be quoted, or the line is indented wrongly";
        } else if (lower.contains("did not find expected key") || lower.contains("expected <block end>")) {
            hint = "check the indentation of this line against the lines above it";
        } else if (lower.contains("number of aliases") || lower.contains("nesting depth")
                || lower.contains("code points")) {
            hint = "the descriptor exceeds a safety limit of the YAML reader";
        } else {
            hint = "check the YAML syntax around this line";
        }
        return Problem.error(location, "invalid YAML: " + message, hint);
    }

    private static MarkedYAMLException markedCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked) {
                return marked;
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        String first = newline < 0 ? trimmed : trimmed.substring(0, newline);
        return first.replaceAll("\\s+", " ");
    }
}
