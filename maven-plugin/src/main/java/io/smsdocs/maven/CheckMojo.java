package io.smsdocs.maven;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.api.EvidencePack;
import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import io.smsdocs.core.check.SmsChecks;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.time.LocalDate;
import java.util.List;

/**
 * The CI gate: validates the descriptor and renders every template in memory, writes nothing, and fails
 * when a clause is left uncovered, a service has no SLA target, or a document is past its review date. A
 * decision the descriptor leaves open (an owner, a tool, service hours, a recovery arrangement) is a
 * warning, a failure with -Dsms.failOnOpenDecisions=true; -Dsms.requireExplicitOwners=true makes each process
 * without an owner a failure.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractSmsMojo {

    /** Whether a document past its next review date fails the check. */
    @Parameter(property = "sms.failOnOverdueReview", defaultValue = "true")
    private boolean failOnOverdueReview;

    /**
     * An evidence pack (the zip sms:evidence wrote) to verify against its MANIFEST.sha256: a file changed, missing
     * or added since it was made fails the check.
     */
    @Parameter(property = "sms.evidence")
    private File evidence;

    @Override
    public void execute() throws MojoFailureException {
        if (skip()) {
            return;
        }
        if (evidence != null) {
            verifyEvidence();
        }
        LocalDate date = asOf() != null ? asOf() : LocalDate.now();
        GenerationRequest request = request(false, false);
        SmsChecks.Findings findings = MojoProblems.run(getLog(), MojoProblems.Places.of(request),
                () -> new SmsGenerator().check(request, date));
        List<Problem> failing = new java.util.ArrayList<>(failOnOverdueReview ? findings.all() : findings.gaps());
        if (failOnOpenDecisions()) {
            failing.addAll(findings.openDecisions());
        }
        findings.all().forEach(finding -> {
            if (failing.contains(finding)) {
                getLog().error(MojoProblems.format(finding));
            } else {
                getLog().warn(MojoProblems.format(finding));
            }
        });
        // An override of an older built-in template still works; it only may lack what the built-in gained.
        findings.staleOverrides().forEach(stale -> getLog().warn(MojoProblems.format(stale)));
        // Decisions the descriptor leaves open, in the register's order: warnings unless sms.failOnOpenDecisions.
        for (Problem open : findings.openDecisions()) {
            if (failing.contains(open)) {
                getLog().error(MojoProblems.format(open));
            } else {
                getLog().warn(MojoProblems.format(open));
            }
        }
        // Defaults the tool applied and stands behind: information, never a failure.
        findings.notes().forEach(note -> getLog().info(MojoProblems.format(note)));
        if (!failing.isEmpty()) {
            throw new MojoFailureException(failing.size() == 1 ? "sms:check found 1 gap (see the line above)"
                    : "sms:check found " + failing.size() + " gaps (see the lines above)");
        }
        getLog().info("sms:check passed: every clause is covered, every process has an owner, every service an SLA target"
                + (findings.openDecisions().isEmpty() ? "; no decision is open"
                : "; " + findings.openDecisions().size() + (findings.openDecisions().size() == 1 ? " decision is" : " decisions are")
                + " still open (see the warnings above and the decision register)"));
    }

    private void verifyEvidence() throws MojoFailureException {
        String display = paths().display(evidence.toPath());
        List<Problem> problems = EvidencePack.verify(evidence.toPath(), display);
        problems.forEach(p -> getLog().error(MojoProblems.format(p)));
        if (!problems.isEmpty()) {
            throw new MojoFailureException("the evidence pack " + display + " does not match its manifest (" + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + ", see the lines above)");
        }
        getLog().info("Evidence pack " + display + " matches its manifest");
    }
}
