package io.smsdocs.core.api;

import io.smsdocs.core.history.ApprovalRecord;
import io.smsdocs.core.history.ApprovalRecords;
import io.smsdocs.core.history.GitRepository;
import io.smsdocs.core.history.Release;
import io.smsdocs.core.output.InputFingerprint;
import io.smsdocs.core.output.Manifest;
import io.smsdocs.core.plan.PlannedDocument;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;
import org.eclipse.jgit.lib.PersonIdent;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Approves the set at the current commit ({@code sms:release}): renders it as the release will issue it, records
 * for every document the release approves (new, or changed since the last release) who approved it, in which role,
 * what that means, when, and the SHA-256 of its inputs, its content and its DOCX, and writes the annotated tag with
 * the note and those records. The tag is written last and only when everything else succeeded; a working tree
 * with uncommitted changes is refused, since a release approves a commit.
 */
public final class ReleaseStep {

    /** What was released: the tag, and the approvals it records. */
    public record Released(Release release, List<ApprovalRecord> approvals, int documents) {
    }

    private final SmsGenerator generator;

    public ReleaseStep(SmsGenerator generator) {
        this.generator = generator;
    }

    /**
     * @param tag        the release's tag, matching the request's release pattern
     * @param note       the approval note: by whom or which meeting, e.g. "Approved by the management review of 2026-12-01"
     * @param approvedAt when the approval was given; null for now. Kept to the second, in UTC, as git keeps it.
     */
    public Released release(GenerationRequest request, String tag, String note, Instant approvedAt) {
        Optional<GitRepository> found = request.releaseTags().isEmpty() ? Optional.empty()
                : GitRepository.find(request.descriptor().toAbsolutePath().normalize().getParent());
        if (found.isEmpty()) {
            throw new SmsException(Problem.error(SourceLocation.of(request.descriptorDisplay()), request.releaseTags().isEmpty()
                    ? "releases are switched off (sms.releaseTags is empty)" : "the descriptor is not in a git repository",
                    "a release is an annotated tag of the docs repository: keep the docs repo in git (git init, commit) and set"
                    + " sms.releaseTags (default sms-v*)"));
        }
        try (GitRepository git = found.get()) {
            List<Problem> problems = new ArrayList<>();
            String pattern = request.releaseTags();
            if (tag == null || tag.isBlank()) {
                problems.add(Problem.error(SourceLocation.of("sms.tag"), "no tag given for the release",
                        "name it after the pattern " + pattern + ", e.g. -Dsms.tag=" + pattern.replace("*", "2026.1")));
            } else if (!git.releasePattern(pattern).matcher(tag).matches()) {
                problems.add(Problem.error(SourceLocation.of("sms.tag"), "'" + tag + "' does not match the release pattern " + pattern
                        + ", so it would not count as a release", "use a name such as " + pattern.replace("*", "2026.1")
                        + ", or change sms.releaseTags"));
            } else if (git.hasTag(tag)) {
                problems.add(Problem.error(SourceLocation.of("sms.tag"), "the tag " + tag + " exists already: an approved release is"
                        + " never moved", "name the new release differently (e.g. the next number)"));
            }
            if (note == null || note.isBlank()) {
                problems.add(Problem.error(SourceLocation.of("sms.note"), "no approval note given", "say who approved the set and"
                        + " where, e.g. -Dsms.note=\"Approved by the management review of 2026-12-01\""));
            }
            Optional<PersonIdent> user = git.user();
            if (user.isEmpty()) {
                problems.add(Problem.error(SourceLocation.of(git.workTree().toString()), "git has no user.name here, so the approval"
                        + " would have no approver", "git config user.name \"Your Name\" and git config user.email you@example.org"));
            }
            String head = git.head();
            if (head == null) {
                problems.add(Problem.error(SourceLocation.of(git.workTree().toString()), "the repository has no commit to release",
                        "commit the docs repository first"));
            }
            List<String> changes = git.uncommittedChanges();
            if (!changes.isEmpty()) {
                problems.add(Problem.error(SourceLocation.of(git.workTree().toString()), "the working tree has uncommitted changes ("
                        + String.join(", ", changes.subList(0, Math.min(5, changes.size()))) + (changes.size() > 5 ? ", and "
                        + (changes.size() - 5) + " more" : "") + "): a release approves a commit, not a working copy",
                        "commit or stash them (git status), or add build output to .gitignore, then release again"));
            }
            if (!problems.isEmpty()) {
                throw new SmsException(problems);
            }
            Instant at = (approvedAt == null ? Instant.now() : approvedAt).truncatedTo(ChronoUnit.SECONDS);
            PersonIdent approver = user.get();
            String approvedBy = approver.getName() + (approver.getEmailAddress().isEmpty() ? "" : " <" + approver.getEmailAddress() + ">");
            Release release = new Release(tag, head, approver.getName(), approver.getEmailAddress(), at, note.strip());
            List<Release> releases = new ArrayList<>(git.releases(pattern));
            if (!releases.isEmpty() && releases.get(releases.size() - 1).approvedAt().isAfter(at)) {
                throw new SmsException(Problem.error(SourceLocation.of("sms.approvedAt"), "the approval time " + at + " is before the"
                        + " latest release " + releases.get(releases.size() - 1).tag() + " (" + releases.get(releases.size() - 1)
                        .approvedAt() + ")", "releases are in order of approval: give a later time, or none for now"));
            }
            releases.add(release);
            // A second handle for the history, since the history closes the one it is given.
            GitRepository history = GitRepository.find(git.workTree()).orElseThrow();
            SmsGenerator.IssuedSet issued = generator.issue(request,
                    new SmsGenerator.HistorySource(new SmsGenerator.Releases(history, releases), request));
            List<ApprovalRecord> approvals = new ArrayList<>();
            for (SmsGenerator.IssuedDocument document : issued.documents()) {
                if (document.approvedInRelease()) {
                    PlannedDocument planned = document.document();
                    approvals.add(new ApprovalRecord(planned.id(), planned.reference(), planned.title(), planned.control().version(),
                            document.approverRole(), approvedBy, ApprovalRecord.MEANING, at, tag, head,
                            InputFingerprint.generatorVersion(), issued.sourcesSha256(), document.contentSha256(), Manifest.sha256(document.docx())));
                }
            }
            git.tag(tag, head, ApprovalRecords.message(note, approvals), approver, at);
            return new Released(release, List.copyOf(approvals), issued.documents().size());
        }
    }
}
