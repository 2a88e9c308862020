package io.smsdocs.core.render;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SourceLocation;

import java.util.function.Function;

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

    static Problem fromRender(TemplateException e, Function<String, String> display, ModelNames names) {
        String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : "?";
        SourceLocation at = new SourceLocation(display.apply(source),
                e.getLineNumber() == null ? 0 : e.getLineNumber(), e.getColumnNumber() == null ? 0 : e.getColumnNumber());
        if (e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null) {
            String expression = e.getBlamedExpressionString();
            return Problem.error(at, "undefined variable, field or macro '" + expression + "'", names.suggest(expression)
                    .map(name -> "did you mean '" + name + "'?")
                    .orElse("check the name against docs/templates.md; an optional value is written " + expression + "!\"default\""));
        }
        return Problem.error(at, "template error: " + oneLine(e.getMessageWithoutStackTop()),
                "templates may only read the data model of docs/templates.md");
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
