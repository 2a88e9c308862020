package io.smsdocs.core.render;

import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;
import io.smsdocs.core.plan.DocumentPlan;
import io.smsdocs.core.plan.PlannedDocument;
import io.smsdocs.core.model.TemplateModelFactory;
import io.smsdocs.core.template.SafeConfiguration;
import io.smsdocs.core.template.TemplateSourceChain;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Renders every planned document to Markdown. Template errors of all documents are collected and
 * reported together, each located at template:line:column; nothing renders as a blank.
 */
public final class DocumentRenderer {

    // Far above any real document (a register of 5,000 services is a few million), far below memory trouble.
    static final long MAX_DOCUMENT_CHARS = 20_000_000;

    private final Configuration configuration;
    private final Function<String, String> templateDisplay;
    private final Predicate<String> userOwned;
    private final TemplateWatchdog watchdog = new TemplateWatchdog();

    /** Templates of the docs repo's own folder count as the user's when the configuration loads through the source chain. */
    public DocumentRenderer(Configuration configuration, Function<String, String> templateDisplay) {
        this(configuration, templateDisplay, userOwned(configuration));
    }

    private static Predicate<String> userOwned(Configuration configuration) {
        if (configuration.getTemplateLoader() instanceof TemplateSourceChain chain) {
            return chain::isProjectSource;
        }
        return name -> false;
    }

    /**
     * @param userOwned whether a FreeMarker source name is a template the user owns: an error is reported at the
     *                  outermost line of such a template in the call stack, with the line that failed after it
     */
    public DocumentRenderer(Configuration configuration, Function<String, String> templateDisplay, Predicate<String> userOwned) {
        this.configuration = configuration;
        this.templateDisplay = templateDisplay;
        this.userOwned = userOwned;
    }

    /**
     * Documents are independent, so they render on all cores; results and problems keep the plan's order.
     * Matrices render last, with the traceability of everything rendered before them.
     */
    public List<RenderedDocument> renderAll(DocumentPlan plan, TemplateModelFactory models) {
        List<PlannedDocument> first = plan.documents().stream().filter(d -> !isMatrix(d)).toList();
        List<PlannedDocument> last = plan.documents().stream().filter(DocumentRenderer::isMatrix).toList();
        List<RenderedDocument> rendered = new ArrayList<>(renderEach(first, models));
        if (!last.isEmpty()) {
            TemplateModelFactory withTraceability = models.withTraceability(
                    Traceability.of(rendered, models.catalogue(), models.gaps(), models::clauseTitle));
            rendered.addAll(renderEach(last, withTraceability));
        }
        // Positions by id: an indexOf per comparison made the sort quadratic in the number of documents.
        java.util.Map<String, Integer> order = new java.util.HashMap<>();
        plan.documents().forEach(d -> order.putIfAbsent(d.id(), order.size()));
        rendered.sort(java.util.Comparator.comparingInt(r -> order.get(r.document().id())));
        return rendered;
    }

    private static boolean isMatrix(PlannedDocument document) {
        return "matrix".equals(document.kind());
    }

    private List<RenderedDocument> renderEach(List<PlannedDocument> documents, TemplateModelFactory models) {
        List<Outcome> outcomes = documents.parallelStream().map(document -> {
            try {
                return new Outcome(new RenderedDocument(document, render(document, models)), List.of());
            } catch (SmsException e) {
                return new Outcome(null, e.problems());
            }
        }).toList();
        List<RenderedDocument> rendered = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome.document() != null) {
                rendered.add(outcome.document());
            }
            outcome.problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new SmsException(problems);
        }
        return rendered;
    }

    private static ParseException parseErrorOfAnImport(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof ParseException parse) {
                return parse;
            }
        }
        return null;
    }

    private SmsException timeout(SourceLocation at, PlannedDocument document) {
        return new SmsException(Problem.error(at, "the template ran longer than " + watchdog.timeoutSeconds()
                + " seconds for document '" + document.id() + "'", "look for a loop that never ends"));
    }

    /** Names a template could have meant, for "did you mean" hints: the data model and the library's macros. */
    private ModelNames names(TemplateModelFactory models, PlannedDocument document) {
        java.util.Set<String> library = new java.util.TreeSet<>();
        try {
            library.addAll(configuration.getTemplate(SafeConfiguration.LIBRARY).getMacros().keySet());
        } catch (IOException e) {
            // without the library names the hint is less precise, nothing more
        }
        return new ModelNames(models.modelFor(document), library);
    }

    private record Outcome(RenderedDocument document, List<Problem> problems) {
    }

    /**
     * Every document is rendered inside the same frame: document-control header first, the template's own
     * content, then the related documents its metadata names. The frame is written once here, so no
     * template, in any language, repeats it.
     */
    private Template frame(String name, java.util.Locale locale) throws IOException {
        String key = name + "@" + locale;
        Template frame = frames.get(key);
        if (frame == null) {
            String source = "<@sms.documentHeader/>\n\n<#include \"/" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\">\n"
                    + "<#if doc.related?has_content>\n\n<@sms.section title=t.relatedDocuments/>\n\n<@sms.related doc.related/>\n</#if>\n";
            frame = new Template("frame:" + name, source, configuration);
            frame.setLocale(locale);
            frames.putIfAbsent(key, frame);
        }
        return frame;
    }

    private final java.util.Map<String, Template> frames = new java.util.concurrent.ConcurrentHashMap<>();

    private String render(PlannedDocument document, TemplateModelFactory models) {
        String name = document.template().templateName();
        InstructionStack stack = new InstructionStack();
        try {
            // Parsed on its own first, so a syntax error is reported at the template's own line.
            TemplateWatchdog.prepare(configuration.getTemplate(name, models.locale()));
            Template template = frame(name, models.locale());
            TemplateWatchdog.prepare(template);
            TemplateWatchdog.prepare(configuration.getTemplate(SafeConfiguration.LIBRARY, models.locale()));
            BoundedWriter out = new BoundedWriter(MAX_DOCUMENT_CHARS);
            Map<String, Object> model = models.modelFor(document);
            watchdog.run(() -> {
                Environment environment = template.createProcessingEnvironment(model, out);
                environment.setTemplateExceptionHandler(stack);
                environment.process();
            });
            return MarkdownTidy.tidy(out.text());
        } catch (ParseException e) {
            throw new SmsException(TemplateErrors.fromParse(e, templateDisplay));
        } catch (TemplateNotFoundException e) {
            throw new SmsException(Problem.error(SourceLocation.of(templateDisplay.apply(name)),
                    "template not found: " + e.getTemplateName(), "check the include or import path"));
        } catch (TemplateException e) {
            ParseException imported = parseErrorOfAnImport(e);
            if (imported != null) {
                // An imported file (a text catalogue, a pack's macro library) does not parse: the error is in that file.
                throw new SmsException(TemplateErrors.fromParse(imported, templateDisplay));
            }
            SourceLocation at = new SourceLocation(templateDisplay.apply(e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name),
                    e.getLineNumber() == null ? 1 : e.getLineNumber(), e.getColumnNumber() == null ? 1 : e.getColumnNumber());
            if (e.getCause() instanceof BoundedWriter.LimitExceeded limit) {
                throw new SmsException(Problem.error(at, limit.getMessage() + " for document '" + document.id() + "'",
                        "look for a loop that never ends"));
            }
            if (TemplateWatchdog.isTimeout(e)) {
                throw timeout(at, document);
            }
            throw new SmsException(TemplateErrors.fromRender(e, templateDisplay, names(models, document), stack.of(e), userOwned));
        } catch (BoundedWriter.LimitExceeded e) {
            throw new SmsException(Problem.error(new SourceLocation(templateDisplay.apply(name), 1, 1),
                    e.getMessage() + " for document '" + document.id() + "'", "look for a loop that never ends"));
        } catch (RuntimeException e) {
            if (TemplateWatchdog.isTimeout(e)) {
                throw timeout(new SourceLocation(templateDisplay.apply(name), 1, 1), document);
            }
            throw e;
        } catch (IOException e) {
            throw new SmsException(Problem.error(SourceLocation.of(templateDisplay.apply(name)),
                    "cannot read the template: " + e.getMessage()));
        }
    }
}
