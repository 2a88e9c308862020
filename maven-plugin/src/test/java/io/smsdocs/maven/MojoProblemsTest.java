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
}
