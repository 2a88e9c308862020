package io.smsdocs.core.problem;

/** A position in a user's file. Line and column are 1-based; 0 means unknown. */
public record SourceLocation(String source, int line, int column) {

    public static SourceLocation of(String source) {
        return new SourceLocation(source, 0, 0);
    }
}
