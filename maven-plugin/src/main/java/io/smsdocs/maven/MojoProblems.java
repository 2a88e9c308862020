package io.smsdocs.maven;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.problem.BuildSetting;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The one place where core problems become Maven output and a failed build, never a stack trace. */
final class MojoProblems {

    /** Build settings as a Maven user passes them: parameters are sms.* properties. */
    static final BuildSetting.Wording MAVEN = new BuildSetting.Wording("-Dsms.", "mvn sms:");

    private MojoProblems() {
    }

    /** A problem's line as Maven users read it. */
    static String format(Problem problem) {
        return problem.format(MAVEN);
    }

    /** The display names of the inputs and the output of a goal, to word the summary line by what failed. */
    record Places(String descriptor, String templates, String output) {

        static final Places NONE = new Places(null, null, null);

        static Places of(GenerationRequest request) {
            return new Places(request.descriptorDisplay(), request.templateDisplay(), request.outputDisplay());
        }
    }

    static <T> T run(Log log, Supplier<T> action) throws MojoFailureException {
        return run(log, Places.NONE, action);
    }

    static <T> T run(Log log, Places places, Supplier<T> action) throws MojoFailureException {
        try {
            return action.get();
        } catch (SmsException e) {
            for (Problem problem : e.problems()) {
                if (problem.isError()) {
                    log.error(MojoProblems.format(problem));
                } else if (problem.isInfo()) {
                    log.info(MojoProblems.format(problem));
                } else {
                    log.warn(MojoProblems.format(problem));
                }
            }
            throw new MojoFailureException(summary(e.problems().stream().filter(Problem::isError).toList(), places));
        }
    }

    /**
     * The build's failure line, worded by what failed: "2 problems in the SMS descriptor", "1 generated file in
     * target/sms was changed by hand", "1 problem in the templates and 1 in the build settings".
     */
    static String summary(List<Problem> errors, Places places) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String kind : List.of(DESCRIPTOR, TEMPLATES, OUTPUT, SETTINGS, OTHER)) {
            counts.put(kind, 0);
        }
        errors.forEach(problem -> counts.merge(kind(problem.source(), places), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, n) -> {
            if (n == 0) {
                return;
            }
            if (kind.equals(OUTPUT)) {
                String folder = places.output() == null ? "the output folder" : places.output();
                parts.add(n == 1 ? "1 generated file in " + folder + " was changed by hand"
                        : n + " generated files in " + folder + " were changed by hand");
            } else {
                parts.add((parts.isEmpty() ? n + (n == 1 ? " problem" : " problems") : n) + " in " + kind);
            }
        });
        if (parts.isEmpty()) {
            parts.add("the goal failed");
        }
        String text = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return text + (errors.size() == 1 ? " (see the line above)" : " (see the lines above)");
    }

    private static final String DESCRIPTOR = "the SMS descriptor";
    private static final String TEMPLATES = "the templates";
    private static final String OUTPUT = "output";
    private static final String SETTINGS = "the build settings";
    private static final String OTHER = "other input files";

    private static String kind(String source, Places places) {
        if (source == null) {
            return OTHER;
        }
        if (places.output() != null && source.startsWith(places.output() + "/")) {
            return OUTPUT;
        }
        if (source.equals(places.descriptor())) {
            return DESCRIPTOR;
        }
        if (source.startsWith("{setting:") || source.startsWith("sms.")) {
            return SETTINGS;
        }
        if ((places.templates() != null && (source.equals(places.templates()) || source.startsWith(places.templates() + "/")))
                || source.startsWith("[") || source.endsWith(".ftl") || source.endsWith(".properties")) {
            return TEMPLATES;
        }
        if (places.descriptor() == null && (source.endsWith(".yaml") || source.endsWith(".yml"))) {
            return DESCRIPTOR;
        }
        return OTHER;
    }
}
