package io.smsdocs.core.render;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SourceLocation;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** Turns FreeMarker's multi-paragraph errors into one located line with a hint. */
final class TemplateErrors {

    private TemplateErrors() {
    }

    static Problem fromParse(ParseException e, Function<String, String> display) {
        String source = e.getTemplateName();
        return Problem.error(new SourceLocation(display.apply(source), e.getLineNumber(), e.getColumnNumber()),
                "template syntax error: " + firstSentences(oneLine(e.getEditorMessage())),
                "check the FreeMarker directive on this line (unclosed <#if>, <#list> or ${...}?)");
    }

    /**
     * A rendering error, located where the user can fix it: at the outermost line of a template the user owns
     * in FreeMarker's call stack (an override calling a built-in macro), with the line that failed after the
     * message: {@code ... (in macro roleWithPerson at [built-in pack] lib/sms.ftl:116:46)}. Without a
     * user-owned template on the stack, at the line that failed.
     */
    static Problem fromRender(TemplateException e, Function<String, String> display, ModelNames names,
                              List<InstructionStack.Frame> stack, Predicate<String> userOwned) {
        String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : "?";
        SourceLocation failed = new SourceLocation(display.apply(source),
                e.getLineNumber() == null ? 0 : e.getLineNumber(), e.getColumnNumber() == null ? 0 : e.getColumnNumber());
        SourceLocation at = failed;
        String within = "";
        int outermost = -1;
        for (int i = 0; i < stack.size(); i++) {
            if (userOwned.test(stack.get(i).sourceName())) {
                outermost = i; // the stack runs innermost first: the last one is the outermost
            }
        }
        InstructionStack.Frame user = outermost < 0 ? null : stack.get(outermost);
        // The macro the user's line calls: the one the next frame inwards is written in.
        String called = outermost > 0 ? stack.get(outermost - 1).macro() : null;
        if (user != null && !(user.sourceName().equals(source) && user.line() == failed.line())) {
            at = new SourceLocation(display.apply(user.sourceName()), user.line(), user.column());
            String macro = stack.isEmpty() ? null : stack.get(0).macro();
            String place = failed.source() + (failed.line() > 0 ? ":" + failed.line() + (failed.column() > 0 ? ":" + failed.column() : "") : "");
            within = macro != null ? " (in macro " + macro + " at " + place + ")" : " (at " + place + ")";
        }
        Problem missingEntry = missingCatalogueEntry(e, display, failed);
        if (missingEntry != null) {
            return missingEntry;
        }
        if (e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null && !within.isEmpty() && called != null
                && !userOwned.test(source)) {
            // The user's line passed a value the built-in macro cannot use; the macro's own names are not theirs to fix.
            return Problem.error(at, "undefined variable, field or macro '" + e.getBlamedExpressionString() + "'" + within,
                    "check the values this line passes to " + called);
        }
        if (e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null) {
            String expression = e.getBlamedExpressionString();
            return Problem.error(at, "undefined variable, field or macro '" + expression + "'" + within, names.suggest(expression)
                    .map(name -> "did you mean '" + name + "'?")
                    .orElse("check the name against docs/templates.md; an optional value is written " + expression + "!\"default\""));
        }
        if (e instanceof freemarker.core.StopException) {
            // #stop is a template's own, deliberate error (also how a text catalogue rejects an entry name).
            return Problem.error(at, oneLine(e.getMessageWithoutStackTop()).replaceFirst("^Stop instruction (encountered)?[.:]?\\s*", "")
                    + within, "fix what the message names in this file");
        }
        return Problem.error(at, "template error: " + oneLine(e.getMessageWithoutStackTop()) + within,
                "templates may only read the data model of docs/templates.md");
    }

    private static final java.util.regex.Pattern ENTRY_CALL = java.util.regex.Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\.([A-Za-z_][A-Za-z0-9_]*)$");

    /**
     * A template prints an entry its text catalogue lacks (typically an override written against an older
     * pack): the fix belongs in the catalogue, so that is where the problem points.
     */
    private static Problem missingCatalogueEntry(TemplateException e, Function<String, String> display, SourceLocation printedAt) {
        if (!(e instanceof InvalidReferenceException) || e.getBlamedExpressionString() == null || e.getEnvironment() == null) {
            return null;
        }
        java.util.regex.Matcher call = ENTRY_CALL.matcher(e.getBlamedExpressionString());
        if (!call.matches()) {
            return null;
        }
        try {
            if (e.getEnvironment().getCurrentNamespace().get(call.group(1)) instanceof freemarker.core.Environment.Namespace namespace
                    && namespace.getTemplate() != null && namespace.getTemplate().getSourceName() != null
                    && io.smsdocs.core.template.TextCatalogue.isCatalogue(namespace.getTemplate().getSourceName())) {
                String entry = call.group(2);
                return Problem.error(new SourceLocation(display.apply(namespace.getTemplate().getSourceName()), 1, 1),
                        "this text catalogue has no entry '" + entry + "', which " + printedAt.source() + ":" + printedAt.line() + " prints",
                        "add an entry starting with the line '@@" + entry + "'; the built-in catalogue of the same name has one to start from");
            }
        } catch (freemarker.template.TemplateModelException ignored) {
            // not a catalogue: the general message follows
        }
        return null;
    }

    static Problem fromRender(TemplateException e, Function<String, String> display, ModelNames names) {
        return fromRender(e, display, names, List.of(), name -> false);
    }

    /** FreeMarker explains at length; the first sentences say what is wrong. */
    private static String firstSentences(String message) {
        StringBuilder kept = new StringBuilder();
        for (String sentence : message.split("(?<=\\.) ")) {
            if (kept.length() > 60) {
                break;
            }
            kept.append(kept.length() == 0 ? "" : " ").append(sentence);
        }
        return kept.toString().replaceAll("\\.$", "");
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String first = message.strip().lines().filter(l -> !l.isBlank()).findFirst().orElse(message);
        return first.replaceAll("\\s+", " ");
    }
}
