package io.smsdocs.core.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when user input (descriptor, templates, configuration) cannot produce a document set.
 * Carries every problem found, so the user fixes them all in one go. Never wraps a bug of ours.
 */
public class SmsException extends RuntimeException {

    private final List<Problem> problems;

    public SmsException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public SmsException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        return problems.stream().map(Problem::format).collect(Collectors.joining(System.lineSeparator()));
    }
}
