package io.smsdocs.maven;

import io.smsdocs.core.problem.BuildSetting;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import java.util.function.Supplier;

/** The one place where core problems become Maven output and a failed build, never a stack trace. */
final class MojoProblems {

    /** Build settings as a Maven user passes them: parameters are sms.* properties. */
    static final BuildSetting.Wording MAVEN = new BuildSetting.Wording() {
        @Override
        public String name(String setting) {
            return "sms." + setting;
        }

        @Override
        public String assignment(String setting, String value) {
            return "-Dsms." + setting + "=" + value;
        }
    };

    private MojoProblems() {
    }

    /** A problem's line as Maven users read it. */
    static String format(Problem problem) {
        return problem.format(MAVEN);
    }

    static <T> T run(Log log, Supplier<T> action) throws MojoFailureException {
        try {
            return action.get();
        } catch (SmsException e) {
            long errors = e.problems().stream().filter(Problem::isError).count();
            for (Problem problem : e.problems()) {
                if (problem.isError()) {
                    log.error(MojoProblems.format(problem));
                } else if (problem.isInfo()) {
                    log.info(MojoProblems.format(problem));
                } else {
                    log.warn(MojoProblems.format(problem));
                }
            }
            throw new MojoFailureException(errors == 1 ? "1 problem in the SMS descriptor or templates (see the line above)"
                    : errors + " problems in the SMS descriptor or templates (see the lines above)");
        }
    }
}
