package io.smsdocs.maven;

import io.smsdocs.core.problem.BuildSetting;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SourceLocation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MojoProblemsTest {

    @Test
    void buildSettingsAreWordedAsMavenProperties() {
        Problem problem = Problem.error(SourceLocation.of(BuildSetting.named("formats")), "unknown output format 'pfd'",
                "run again with " + BuildSetting.assigned("force", "true"));

        assertThat(MojoProblems.format(problem)).isEqualTo("sms.formats: unknown output format 'pfd'; run again with -Dsms.force=true");
        assertThat(problem.format()).isEqualTo("sms.formats: unknown output format 'pfd'; run again with sms.force=true");
    }

    @Test
    void theSummaryLineSaysWhatFailed() {
        MojoProblems.Places places = new MojoProblems.Places("src/sms/sms.yaml", "src/sms/templates", "target/sms");
        Problem handEdited = Problem.error(SourceLocation.of("target/sms/markdown/sms-plan.md"),
                "changed by hand since it was generated, and would be overwritten", "run again with -Dsms.force=true");
        Problem descriptor = Problem.error(new SourceLocation("src/sms/sms.yaml", 3, 5), "unknown key 'x'", null);
        Problem override = Problem.error(new SourceLocation("src/sms/templates/documents/sms-scope.md.ftl", 3, 5), "x", null);
        Problem builtIn = Problem.error(new SourceLocation("[built-in pack] lib/sms.ftl", 3, 5), "x", null);
        Problem setting = Problem.error(SourceLocation.of(BuildSetting.named("formats")), "unknown output format 'pfd'", null);

        assertThat(MojoProblems.summary(java.util.List.of(handEdited), places))
                .isEqualTo("1 generated file in target/sms was changed by hand (see the line above)");
        assertThat(MojoProblems.summary(java.util.List.of(handEdited, handEdited), places))
                .isEqualTo("2 generated files in target/sms were changed by hand (see the lines above)");
        assertThat(MojoProblems.summary(java.util.List.of(descriptor, descriptor), places))
                .isEqualTo("2 problems in the SMS descriptor (see the lines above)");
        assertThat(MojoProblems.summary(java.util.List.of(descriptor, override, builtIn, setting), places))
                .isEqualTo("1 problem in the SMS descriptor, 2 in the templates and 1 in the build settings (see the lines above)");
    }
}
