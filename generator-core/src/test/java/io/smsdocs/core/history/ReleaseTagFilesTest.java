package io.smsdocs.core.history;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cheap look at git's ref files that decides whether JGit is needed: it may answer "maybe" when there is no
 * release, never "no" when there is one (a wrong "no" would drop every revision history).
 */
class ReleaseTagFilesTest {

    @TempDir
    Path repo;

    private Git init() throws Exception {
        Files.createDirectories(repo.resolve("src/sms"));
        Files.writeString(repo.resolve("src/sms/sms.yaml"), "organization: {name: Example}\n");
        Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
        git.add().addFilepattern(".").call();
        PersonIdent me = new PersonIdent("Ann Lee", "ann@example.com");
        git.commit().setMessage("first").setAuthor(me).setCommitter(me).call();
        return git;
    }

    @Test
    void aFolderOutsideAnyRepositoryHoldsNoRelease() throws Exception {
        Files.createDirectories(repo.resolve("src/sms"));
        assertThat(ReleaseTagFiles.mayHoldRelease(repo.resolve("src/sms"), "sms-v*")).isFalse();
    }

    @Test
    void aRepositoryWithoutMatchingTagsHoldsNoRelease() throws Exception {
        try (Git git = init()) {
            git.tag().setName("v1.0").setAnnotated(true).setMessage("not a release of the set").call();
            assertThat(ReleaseTagFiles.mayHoldRelease(repo.resolve("src/sms"), "sms-v*")).isFalse();
        }
    }

    @Test
    void aLooseMatchingTagMayBeARelease() throws Exception {
        try (Git git = init()) {
            git.tag().setName("sms-v1").setAnnotated(true).setMessage("Approved").call();
            assertThat(repo.resolve(".git/refs/tags/sms-v1")).isRegularFile();
            assertThat(ReleaseTagFiles.mayHoldRelease(repo.resolve("src/sms"), "sms-v*")).isTrue();
            assertThat(ReleaseTagFiles.mayHoldRelease(repo.resolve("src/sms"), "release-*")).isFalse();
        }
    }

    @Test
    void aPackedMatchingTagInANestedNamespaceMayBeARelease() throws Exception {
        try (Git git = init()) {
            git.tag().setName("sms/v1").setAnnotated(true).setMessage("Approved").call();
            git.tag().setName("sms-v2").setAnnotated(true).setMessage("Approved").call();
            git.gc().call();
            String packed = Files.readString(repo.resolve(".git/packed-refs"));
            assertThat(packed).contains("refs/tags/sms/v1");
            Files.deleteIfExists(repo.resolve(".git/refs/tags/sms-v2"));
            Files.deleteIfExists(repo.resolve(".git/refs/tags/sms/v1"));
            assertThat(ReleaseTagFiles.mayHoldRelease(repo.resolve("src/sms"), "sms/*")).isTrue();
            assertThat(ReleaseTagFiles.mayHoldRelease(repo.resolve("src/sms"), "sms-v?")).isTrue();
            assertThat(ReleaseTagFiles.mayHoldRelease(repo.resolve("src/sms"), "sms-v??")).isFalse();
        }
    }

    /** A linked work tree (git worktree add) has a .git file; its tags are in the main repository's folder. */
    @Test
    void aLinkedWorkTreeReadsTheTagsOfItsMainRepository() throws Exception {
        try (Git git = init()) {
            git.tag().setName("sms-v1").setAnnotated(true).setMessage("Approved").call();
        }
        Path linked = repo.resolve("../" + repo.getFileName() + "-linked").normalize();
        Path admin = repo.resolve(".git/worktrees/linked");
        Files.createDirectories(admin);
        Files.writeString(admin.resolve("commondir"), "../..\n");
        Files.writeString(admin.resolve("HEAD"), "ref: refs/heads/main\n");
        Files.createDirectories(linked.resolve("src/sms"));
        try {
            Files.writeString(linked.resolve(".git"), "gitdir: " + admin + "\n");
            assertThat(ReleaseTagFiles.mayHoldRelease(linked.resolve("src/sms"), "sms-v*")).isTrue();
            assertThat(ReleaseTagFiles.mayHoldRelease(linked.resolve("src/sms"), "other-*")).isFalse();
        } finally {
            for (Path p : List.of(linked.resolve(".git"), linked.resolve("src/sms"), linked.resolve("src"), linked)) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void whatItCannotReadIsLeftToJGit() throws Exception {
        Files.createDirectories(repo.resolve("src/sms"));
        Files.writeString(repo.resolve(".git"), "not a gitdir line\n");
        assertThat(ReleaseTagFiles.mayHoldRelease(repo.resolve("src/sms"), "sms-v*")).isTrue();
        Files.delete(repo.resolve(".git"));
        Files.createDirectories(repo.resolve(".git/reftable"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/.invalid\n");
        assertThat(ReleaseTagFiles.mayHoldRelease(repo.resolve("src/sms"), "sms-v*")).isTrue();
    }
}
