package io.smsdocs.core.problem;

/**
 * One user-facing problem with a descriptor or template, located in its source file.
 * Formats as a single line: {@code src/sms/sms.yaml:14:5: unknown key 'ownr' in the third service, 'x'; did you mean 'owner'?}
 */
public record Problem(Severity severity, String source, int line, int column, String message, String hint) {

    /**
     * ERROR fails the build; WARNING is a finding (sms:check fails on it, sms:generate prints it); INFO states a
     * decision the tool took for the user (a default it applied), printed as information and never failing.
     */
    public enum Severity { ERROR, WARNING, INFO }

    public static Problem error(SourceLocation at, String message, String hint) {
        return new Problem(Severity.ERROR, at.source(), at.line(), at.column(), message, hint);
    }

    public static Problem error(SourceLocation at, String message) {
        return error(at, message, null);
    }

    public static Problem warning(SourceLocation at, String message, String hint) {
        return new Problem(Severity.WARNING, at.source(), at.line(), at.column(), message, hint);
    }

    /** A decision the tool stands behind, such as a default it applied: printed, never a failure. */
    public static Problem info(SourceLocation at, String message, String hint) {
        return new Problem(Severity.INFO, at.source(), at.line(), at.column(), message, hint);
    }

    public boolean isInfo() {
        return severity == Severity.INFO;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form shown to users, with build settings named neutrally. */
    public String format() {
        return format(BuildSetting.PLAIN);
    }

    /** The one-line form shown to users, with build settings named as the calling tool names them. */
    public String format(BuildSetting.Wording settings) {
        String source = BuildSetting.word(this.source, settings);
        String message = BuildSetting.word(this.message, settings);
        String hint = BuildSetting.word(this.hint, settings);
        StringBuilder line = new StringBuilder(source);
        if (this.line > 0) {
            line.append(':').append(this.line);
            if (column > 0) {
                line.append(':').append(column);
            }
        }
        line.append(": ").append(oneLine(message));
        if (hint != null && !hint.isBlank()) {
            line.append("; ").append(oneLine(hint));
        }
        return line.toString();
    }

    /** A value quoted from the descriptor may hold line breaks; they are shown as \n, so a problem stays one line. */
    private static String oneLine(String text) {
        if (text == null || text.chars().noneMatch(c -> c == '\n' || c == '\r')) {
            return text;
        }
        return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    @Override
    public String toString() {
        return format();
    }
}
