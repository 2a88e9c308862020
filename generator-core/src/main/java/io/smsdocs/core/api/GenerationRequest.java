package io.smsdocs.core.api;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything one generation needs, in tool-neutral terms. Display names are how paths appear in
 * messages (relative to the user's project), so error lines are short and clickable.
 *
 * @param templateDirectory         the docs repo's template folder, or null
 * @param templateDirectoryExplicit whether the user configured it (then it must exist)
 * @param formats                   output formats, e.g. ["markdown", "docx"]
 * @param referenceDocx             house-style reference document; null to use the descriptor's or the built-in style
 * @param force                     overwrite generated files that were edited by hand, and render even when no input changed
 * @param failOnWarning             fail when the checks of sms:check find anything, instead of only reporting it
 */
public record GenerationRequest(Path descriptor, String descriptorDisplay, Path templateDirectory, String templateDisplay,
                                boolean templateDirectoryExplicit, Path outputDirectory, String outputDisplay,
                                List<String> formats, Path referenceDocx, boolean force, boolean failOnWarning,
                                ClassLoader classLoader, Boolean guidance) {

    public GenerationRequest {
        formats = List.copyOf(formats);
        if (classLoader == null) {
            classLoader = GenerationRequest.class.getClassLoader();
        }
    }

    /** A request with conventional display names, for tests and the command line. */
    public static GenerationRequest of(Path descriptor, Path templateDirectory, Path outputDirectory, List<String> formats) {
        return new GenerationRequest(descriptor, descriptor.toString(), templateDirectory,
                templateDirectory == null ? "templates" : templateDirectory.toString(), templateDirectory != null,
                outputDirectory, outputDirectory.toString(), formats, null, false, false, null, null);
    }

    public GenerationRequest withForce(boolean force) {
        return new GenerationRequest(descriptor, descriptorDisplay, templateDirectory, templateDisplay, templateDirectoryExplicit,
                outputDirectory, outputDisplay, formats, referenceDocx, force, failOnWarning, classLoader, guidance);
    }

    /** Guidance notes on or off whatever the descriptor says; null leaves it to sms.guidance in the descriptor. */
    public GenerationRequest withGuidance(Boolean on) {
        return new GenerationRequest(descriptor, descriptorDisplay, templateDirectory, templateDisplay, templateDirectoryExplicit,
                outputDirectory, outputDisplay, formats, referenceDocx, force, failOnWarning, classLoader, on);
    }

    public GenerationRequest withFailOnWarning(boolean fail) {
        return new GenerationRequest(descriptor, descriptorDisplay, templateDirectory, templateDisplay, templateDirectoryExplicit,
                outputDirectory, outputDisplay, formats, referenceDocx, force, fail, classLoader, guidance);
    }
}
