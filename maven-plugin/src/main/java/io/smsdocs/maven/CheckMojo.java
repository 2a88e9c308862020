package io.smsdocs.maven;

import io.smsdocs.core.api.Problem;
import io.smsdocs.core.api.SmsGenerator;
import io.smsdocs.core.check.SmsChecks;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.time.LocalDate;
import java.util.List;

/**
 * The CI gate: validates the descriptor and renders every template in memory, writes nothing, and fails
 * when a clause is left uncovered, a process has no owner, a service no SLA target, or a document is past
 * its review date.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractSmsMojo {

    /** Whether a document past its next review date fails the check. */
    @Parameter(property = "sms.failOnOverdueReview", defaultValue = "true")
    private boolean failOnOverdueReview;

    @Override
    public void execute() throws MojoFailureException {
        if (skip()) {
            return;
        }
        SmsChecks.Findings findings = MojoProblems.run(getLog(), () -> new SmsGenerator().check(request(false, false), LocalDate.now()));
        List<Problem> failing = failOnOverdueReview ? findings.all() : findings.gaps();
        findings.all().forEach(finding -> {
            if (failing.contains(finding)) {
                getLog().error(finding.format());
            } else {
                getLog().warn(finding.format());
            }
        });
        if (!failing.isEmpty()) {
            throw new MojoFailureException(failing.size() == 1 ? "sms:check found 1 gap (see the line above)"
                    : "sms:check found " + failing.size() + " gaps (see the lines above)");
        }
        getLog().info("sms:check passed: every clause is covered, every process has an owner, every service an SLA target");
    }
}
