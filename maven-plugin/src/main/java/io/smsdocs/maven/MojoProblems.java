package io.smsdocs.maven;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import java.util.function.Supplier;

/** The one place where core problems become Maven output and a failed build, never a stack trace. */
final class MojoProblems {

    private MojoProblems() {
    }

    static <T> T run(Log log, Supplier<T> action) throws MojoFailureException {
        try {
            return action.get();
        } catch (SmsException e) {
            long errors = e.problems().stream().filter(Problem::isError).count();
            for (Problem problem : e.problems()) {
                if (problem.isError()) {
                    log.error(problem.format());
                } else {
                    log.warn(problem.format());
                }
            }
            throw new MojoFailureException(errors == 1 ? "1 problem in the SMS descriptor or templates (see the line above)"
                    : errors + " problems in the SMS descriptor or templates (see the lines above)");
        }
    }
}
