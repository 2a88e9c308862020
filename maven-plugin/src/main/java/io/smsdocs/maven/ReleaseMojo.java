package io.smsdocs.maven;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.ReleaseStep;
import io.smsdocs.core.api.SmsGenerator;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Approves the set at the current commit: writes the annotated release tag ({@code -Dsms.tag}, matching
 * sms.releaseTags) with the approval note ({@code -Dsms.note}) and an approval record per document the release
 * approves (who, which role, what the approval means, when, and the SHA-256 of the inputs, the content and the
 * DOCX). The approver is git's user.name and user.email. Refused while the working tree has uncommitted changes.
 * Push the tag afterwards: {@code git push origin <tag>}.
 */
@Mojo(name = "release", threadSafe = true, requiresProject = true)
public class ReleaseMojo extends AbstractSmsMojo {

    /** The release's tag, e.g. sms-v2026.1. */
    @Parameter(property = "sms.tag")
    private String tag;

    /** The approval note: who approved the set, where, e.g. "Approved by the management review of 2026-12-01". */
    @Parameter(property = "sms.note")
    private String note;

    /**
     * When the approval was given, when it was earlier than now (a meeting last week): 2026-12-01T10:00:00Z, or a day
     * (2026-12-01, taken as noon UTC). Default: now.
     */
    @Parameter(property = "sms.approvedAt")
    private String approvedAt;

    @Override
    public void execute() throws MojoFailureException {
        if (skip()) {
            return;
        }
        GenerationRequest request = request(true, false);
        ReleaseStep.Released released = MojoProblems.run(getLog(), MojoProblems.Places.of(request),
                () -> new ReleaseStep(new SmsGenerator()).release(request, tag == null ? null : tag.strip(), note, instant(approvedAt)));
        getLog().info("Released " + released.release().tag() + " on commit " + released.release().commit().substring(0, 12)
                + ", approved by " + released.release().approver() + " at " + released.release().approvedAt() + ": "
                + released.approvals().size() + " of " + released.documents() + " documents approved in this release"
                + " (new or changed), each with its approval record in the tag");
        getLog().info("Publish it with: git push origin " + released.release().tag());
    }

    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.strip().length() == 10 ? LocalDate.parse(text.strip()).atTime(12, 0).toInstant(ZoneOffset.UTC)
                    : Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new SmsException(Problem.error(SourceLocation.of("sms.approvedAt"), "'" + text + "' is not a time",
                    "write 2026-12-01T10:00:00Z (UTC) or a day such as 2026-12-01"));
        }
    }
}
