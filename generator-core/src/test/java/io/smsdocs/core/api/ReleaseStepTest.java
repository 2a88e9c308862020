package io.smsdocs.core.api;

import io.smsdocs.core.history.ApprovalRecord;
import io.smsdocs.core.history.ApprovalRecords;
import io.smsdocs.core.history.GitRepository;
import io.smsdocs.core.history.Release;
import io.smsdocs.core.output.Manifest;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 16, items 4 and 6: sms:release records each approval as data, and a stale approval cannot pass unnoticed. */
class ReleaseStepTest {

    private static final String DESCRIPTOR = ReleaseHistoryTest.DESCRIPTOR;

    @TempDir
    Path repo;

    private Git git;

    @BeforeEach
    void repository() throws Exception {
        Files.createDirectories(repo.resolve("src/sms"));
        Files.writeString(repo.resolve(".gitignore"), "target/\n");
        Files.writeString(repo.resolve("src/sms/sms.yaml"), DESCRIPTOR);
        git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
        StoredConfig config = git.getRepository().getConfig();
        config.setString("user", null, "name", "Ann Lee");
        config.setString("user", null, "email", "ann@example.com");
        config.save();
        commit("First set", "2026-01-20T09:00:00Z");
    }

    @AfterEach
    void close() {
        git.close();
    }

    private void commit(String message, String when) throws Exception {
        PersonIdent author = new PersonIdent("Bo Chen", "bo@example.com", Instant.parse(when), ZoneOffset.UTC);
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor(author).setCommitter(author).call();
    }

    private GenerationRequest request(List<String> formats) {
        return GenerationRequest.builder(repo.resolve("src/sms/sms.yaml"), repo.resolve("target/sms")).formats(formats).build();
    }

    private ReleaseStep.Released release(String tag, String note, String at) {
        return new ReleaseStep(new SmsGenerator()).release(request(List.of("markdown", "docx")), tag, note, Instant.parse(at));
    }

    private List<Release> releases() {
        try (GitRepository repository = GitRepository.find(repo).orElseThrow()) {
            return repository.releases(GitRepository.DEFAULT_PATTERN);
        }
    }

    @Test
    void aReleaseTagsTheCommitWithARecordPerDocumentThatRebuildsToTheSameBytes() throws Exception {
        ReleaseStep.Released first = release("sms-v1", "Approved by the management review of 2026-02-01", "2026-02-01T10:00:00Z");

        Release tagged = releases().get(0);
        assertThat(tagged.tag()).isEqualTo("sms-v1");
        assertThat(tagged.approver()).isEqualTo("Ann Lee");
        assertThat(tagged.approvedAt()).isEqualTo(Instant.parse("2026-02-01T10:00:00Z"));
        assertThat(tagged.summary()).isEqualTo("Approved by the management review of 2026-02-01");
        List<ApprovalRecord> records = ApprovalRecords.of(tagged);
        assertThat(records).hasSize(first.documents()).isEqualTo(first.approvals());
        ApprovalRecord sla = records.stream().filter(r -> r.document().equals("sla-hosting")).findFirst().orElseThrow();
        assertThat(sla.version()).isEqualTo("1.0");
        assertThat(sla.role()).isEqualTo("Managing Director");
        assertThat(sla.approvedBy()).isEqualTo("Ann Lee <ann@example.com>");
        assertThat(sla.meaning()).startsWith("approved for issue");
        assertThat(sla.tag()).isEqualTo("sms-v1");
        assertThat(sla.commit()).isEqualTo(tagged.commit());
        assertThat(sla.sourcesSha256()).matches("[0-9a-f]{64}");
        // A procedure is approved by the SMS manager's superior chain: the role its control block names.
        assertThat(records.stream().filter(r -> r.document().equals("change-management-policy")).findFirst().orElseThrow().role())
                .isEqualTo("Managing Director");

        // Rebuilding the tag gives the approved bytes: generate at the tag's commit and compare each DOCX with its record.
        new SmsGenerator().generate(request(List.of("markdown", "docx")));
        Map<String, ApprovalRecord> byId = records.stream().collect(Collectors.toMap(ApprovalRecord::document, Function.identity()));
        for (ApprovalRecord record : byId.values()) {
            byte[] docx = Files.readAllBytes(repo.resolve("target/sms/docx/" + record.document() + ".docx"));
            assertThat(Manifest.sha256(docx)).as(record.document()).isEqualTo(record.docxSha256());
        }
        assertThat(Files.readString(repo.resolve("target/sms/markdown/sla-hosting.md")))
                .contains("| 1.0 | 2026-02-01 | Ann Lee | First issue (sms-v1) |").contains("| Status | Approved |");

        // The next release approves only what changed: the documents that state the availability target.
        Files.writeString(repo.resolve("src/sms/sms.yaml"), DESCRIPTOR.replace("availabilityTarget: 99.9", "availabilityTarget: 99.95"));
        commit("Higher availability for Acme", "2026-05-20T09:00:00Z");
        ReleaseStep.Released second = release("sms-v2", "Approved: higher availability for Acme", "2026-06-01T10:00:00Z");
        List<String> approved = second.approvals().stream().map(ApprovalRecord::document).toList();
        assertThat(approved).contains("sla-hosting").doesNotContain("change-management-policy").hasSizeLessThan(second.documents());
        assertThat(second.approvals().stream().filter(r -> r.document().equals("sla-hosting")).findFirst().orElseThrow().version())
                .isEqualTo("2.0");
        assertThat(ApprovalRecords.latest(releases()).get("change-management-policy").tag()).isEqualTo("sms-v1");
        assertThat(ApprovalRecords.latest(releases()).get("sla-hosting").tag()).isEqualTo("sms-v2");
    }

    @Test
    void aDirtyTreeAnExistingTagAMissingNoteAndAForeignNameAreRefusedTogetherAndNothingIsTagged() throws Exception {
        release("sms-v1", "Approved by the management review of 2026-02-01", "2026-02-01T10:00:00Z");
        Files.writeString(repo.resolve("src/sms/sms.yaml"), DESCRIPTOR + "# edited\n");
        Files.writeString(repo.resolve("src/sms/notes.txt"), "draft\n");

        assertThatThrownBy(() -> release("sms-v1", " ", "2026-03-01T10:00:00Z")).isInstanceOf(SmsException.class)
                .satisfies(e -> assertThat(((SmsException) e).problems()).extracting(Problem::format).anySatisfy(line -> assertThat(line)
                        .contains("sms.tag").contains("the tag sms-v1 exists already"))
                        .anySatisfy(line -> assertThat(line).contains("sms.note").contains("no approval note"))
                        .anySatisfy(line -> assertThat(line).contains("uncommitted changes (untracked: src/sms/notes.txt,"
                                + " modified: src/sms/sms.yaml)").contains("commit or stash")));
        assertThatThrownBy(() -> release("release-2", "Approved", "2026-03-01T10:00:00Z")).isInstanceOf(SmsException.class)
                .hasMessageContaining("'release-2' does not match the release pattern sms-v*");
        assertThat(releases()).extracting(Release::tag).containsExactly("sms-v1");
    }

    @Test
    void anApprovedDocumentEditedWithoutBecomingADraftFailsTheCheckAndTheBuild() throws Exception {
        // The SLA's history is written by hand (it predates the repository): version and status come from the descriptor.
        String handWritten = DESCRIPTOR + """
                documents:
                  overrides:
                    sla-hosting:
                      version: "1.0"
                      status: Approved
                      revisions:
                        - {version: "1.0", date: 2026-01-15, description: First issue}
                """;
        Files.writeString(repo.resolve("src/sms/sms.yaml"), handWritten);
        commit("Hand-written history of the SLA", "2026-01-25T09:00:00Z");
        release("sms-v1", "Approved by the management review of 2026-02-01", "2026-02-01T10:00:00Z");
        assertThat(new SmsGenerator().check(request(List.of("markdown")), java.time.LocalDate.of(2026, 3, 1)).all())
                .noneMatch(p -> p.message().contains("was approved as version"));

        // The target changes, the hand-written version does not: the approval of 1.0 would cover content nobody approved.
        String edited = handWritten.replace("availabilityTarget: 99.9", "availabilityTarget: 99.5");
        Files.writeString(repo.resolve("src/sms/sms.yaml"), edited);
        assertThatThrownBy(() -> new SmsGenerator().check(request(List.of("markdown")), java.time.LocalDate.of(2026, 3, 1)))
                .isInstanceOf(SmsException.class).satisfies(e -> assertThat(((SmsException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.format()).contains("sms.yaml:16:5: ")
                                .contains("document sla-hosting was approved as version 1.0 in sms-v1 (Ann Lee <ann@example.com> for"
                                        + " Managing Director, 2026-02-01T10:00:00Z), but its content has changed since")
                                .contains("set documents.overrides.sla-hosting.version to the next version")));
        assertThatThrownBy(() -> new SmsGenerator().generate(request(List.of("markdown")))).isInstanceOf(SmsException.class);

        // Marked as the next draft, it passes.
        Files.writeString(repo.resolve("src/sms/sms.yaml"), edited.replace("version: \"1.0\"\n      status: Approved", "version: \"1.1\"\n      status: Draft"));
        assertThat(new SmsGenerator().check(request(List.of("markdown")), java.time.LocalDate.of(2026, 3, 1)).all())
                .noneMatch(p -> p.message().contains("was approved as version"));
    }
}
