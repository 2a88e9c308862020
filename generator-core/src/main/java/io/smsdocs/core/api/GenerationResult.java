package io.smsdocs.core.api;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SourceLocation;
import io.smsdocs.core.problem.SmsException;
import java.nio.file.Path;
import java.util.List;

/**
 * What a generation produced: the documents with their files, any warnings, and notes (defaults the tool
 * applied and states, never a failure). {@code upToDate} means no input had changed and the existing output
 * was kept as it was. {@code templateLayers} names where the templates came from, most specific first
 * ("pack harbour 1.1.0", "built-in pack 1.0.0"), so a build can say which pack versions made the set.
 */
public record GenerationResult(Path outputDirectory, String edition, List<GeneratedDocument> documents, List<Problem> warnings,
                               List<Problem> notes, boolean upToDate, List<String> templateLayers) {

    public GenerationResult {
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
        templateLayers = List.copyOf(templateLayers);
    }

    public GenerationResult(Path outputDirectory, String edition, List<GeneratedDocument> documents, List<Problem> warnings,
                            List<Problem> notes, boolean upToDate) {
        this(outputDirectory, edition, documents, warnings, notes, upToDate, List.of());
    }

    public GenerationResult(Path outputDirectory, String edition, List<GeneratedDocument> documents, List<Problem> warnings,
                            boolean upToDate) {
        this(outputDirectory, edition, documents, warnings, List.of(), upToDate);
    }

    /** One document of the set and the files written for it. */
    public record GeneratedDocument(String id, String title, List<String> clauses, List<String> files) {
    }
}
