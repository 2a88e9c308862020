package io.smsdocs.core.output;

import io.smsdocs.core.export.OutputFile;
import io.smsdocs.core.problem.SmsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The swap of OutputTransaction survives the process dying at any of its steps: a crash is simulated by an
 * {@link Error} thrown from the step hook (no cleanup code runs, as when the process is killed), at every
 * point a commit passes in turn, and then again at every point of the recovery that follows. Afterwards
 * the output folder holds either the earlier set or the new one, whole; the user's own files survive;
 * and no staging, journal or earlier-output folder is left beside it.
 */
class OutputTransactionCrashTest {

    @TempDir
    Path temp;

    /** Stands for the process dying: nothing in OutputTransaction catches an Error. */
    static final class Crash extends Error {
        Crash(OutputTransaction.Step step) {
            super("simulated crash before " + step);
        }
    }

    /** Counts the points a run passes and throws at the n-th one (0-based); records the steps it saw. */
    static final class CrashAt implements OutputTransaction.StepHook {
        final int at;
        final boolean crash;
        final List<OutputTransaction.Step> seen = new ArrayList<>();

        CrashAt(int at, boolean crash) {
            this.at = at;
            this.crash = crash;
        }

        static CrashAt never() {
            return new CrashAt(-1, true);
        }

        @Override
        public void before(OutputTransaction.Step step) throws IOException {
            seen.add(step);
            if (seen.size() - 1 == at) {
                if (crash) {
                    throw new Crash(step);
                }
                throw new IOException("simulated I/O failure before " + step);
            }
        }
    }

    private static final Map<String, String> EARLIER = Map.of("markdown/a.md", "A1", "markdown/b.md", "B", "markdown/stale.md", "S",
            "stale-1.md", "S1", "stale-2.md", "S2", "z-stale.md", "S3");
    private static final Map<String, String> NEW = Map.of("markdown/a.md", "A2", "markdown/b.md", "B", "markdown/c.md", "C");
    private static final Map<String, String> LATER = Map.of("markdown/a.md", "A3", "markdown/d.md", "D");
    /** Files the user put into the output folder; none of them is generated. */
    private static final Map<String, String> USER = Map.of("notes.txt", "mine", "markdown/extra.md", "also mine",
            "user/deep/plan.txt", "deep");

    private static List<OutputFile> set(Map<String, String> texts, String name) {
        List<OutputFile> files = new ArrayList<>();
        new java.util.TreeMap<>(texts).forEach((path, text) -> files.add(new OutputFile(path, text.getBytes(StandardCharsets.UTF_8))));
        files.add(Manifest.write("2018", List.of(), files, name));
        return files;
    }

    /** A folder with the earlier set in sms/ and the user's files beside the generated ones. */
    private Path earlierOutput(Path root) throws IOException {
        Path out = root.resolve("sms");
        new OutputTransaction(out).commit(set(EARLIER, "earlier"));
        for (Map.Entry<String, String> file : USER.entrySet()) {
            Files.createDirectories(out.resolve(file.getKey()).getParent());
            Files.writeString(out.resolve(file.getKey()), file.getValue());
        }
        return out;
    }

    /** The points a commit of NEW passes when nothing goes wrong, in order. */
    private List<OutputTransaction.Step> commitPoints() throws IOException {
        Path out = earlierOutput(temp.resolve("count"));
        CrashAt counter = CrashAt.never();
        new OutputTransaction(out, "sms", counter).commit(set(NEW, "new"));
        assertThat(counter.seen).contains(OutputTransaction.Step.values()[0], OutputTransaction.Step.STAGE_FILE,
                OutputTransaction.Step.CARRY_OVER_FILE, OutputTransaction.Step.WRITE_JOURNAL, OutputTransaction.Step.MOVE_OUTPUT_ASIDE,
                OutputTransaction.Step.MOVE_STAGING_IN, OutputTransaction.Step.DELETE_PREVIOUS_FILE, OutputTransaction.Step.DELETE_JOURNAL);
        return counter.seen;
    }

    @Test
    void aCrashAtAnyStepOfTheSwapIsRecoveredByTheNextRun() throws IOException {
        List<OutputTransaction.Step> points = commitPoints();
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Path root = temp.resolve("crash-" + i);
            Path out = earlierOutput(root);
            int crashAt = i;
            assertThatThrownBy(() -> new OutputTransaction(out, "sms", new CrashAt(crashAt, true)).commit(set(NEW, "new")))
                    .isInstanceOf(Crash.class);

            new OutputTransaction(out).recover();

            String where = "crash before point " + i + " (" + points.get(i) + ")";
            Map<String, String> expected = i <= points.indexOf(OutputTransaction.Step.MOVE_STAGING_IN) ? EARLIER : NEW;
            assertWholeSet(root, expected, where);
            outcomes.add(points.get(i) + " -> " + (expected == EARLIER ? "rolled back" : "completed"));

            new OutputTransaction(out).commit(set(LATER, "later"));
            assertWholeSet(root, LATER, where + ", then a later run");
        }
        assertThat(outcomes).contains("MOVE_STAGING_IN -> rolled back", "DELETE_JOURNAL -> completed");
    }

    @Test
    void aCrashDuringTheRecoveryIsRecoveredByTheRunAfter() throws IOException {
        List<OutputTransaction.Step> points = commitPoints();
        int combinations = 0;
        for (int i = 0; i < points.size(); i++) {
            boolean firstOrLastOfItsStep = i == 0 || i == points.size() - 1 || points.get(i - 1) != points.get(i)
                    || points.get(i + 1) != points.get(i);
            if (!firstOrLastOfItsStep) {
                continue; // a crash in the middle of a file-by-file step leaves a state like its neighbours'
            }
            for (int j = 0; ; j++) {
                Path root = temp.resolve("crash-" + i + "-" + j);
                Path out = earlierOutput(root);
                int crashAt = i;
                assertThatThrownBy(() -> new OutputTransaction(out, "sms", new CrashAt(crashAt, true)).commit(set(NEW, "new")))
                        .isInstanceOf(Crash.class);
                CrashAt second = new CrashAt(j, true);
                try {
                    new OutputTransaction(out, "sms", second).recover();
                } catch (Crash expected) {
                    combinations++;
                }

                // A commit recovers first, so a run after a crash in the recovery also ends with its own set.
                new OutputTransaction(out).commit(set(LATER, "later"));
                assertWholeSet(root, LATER, "crash before point " + i + " (" + points.get(i) + "), then before point " + j
                        + " of the recovery");
                if (second.seen.size() <= j) {
                    break;
                }
            }
        }
        assertThat(combinations).as("crashes inside recoveries").isGreaterThan(points.size());
    }

    @Test
    void anIoFailureAtAnyStepLeavesOneWholeSetAndNoDebris() throws IOException {
        List<OutputTransaction.Step> points = commitPoints();
        for (int i = 0; i < points.size(); i++) {
            Path root = temp.resolve("failure-" + i);
            Path out = earlierOutput(root);
            int failAt = i;
            assertThatThrownBy(() -> new OutputTransaction(out, "sms", new CrashAt(failAt, false)).commit(set(NEW, "new")))
                    .isInstanceOf(UncheckedIOException.class);

            Map<String, String> expected = i <= points.indexOf(OutputTransaction.Step.MOVE_STAGING_IN) ? EARLIER : NEW;
            assertWholeSet(root, expected, "I/O failure before point " + i + " (" + points.get(i) + ")");
        }
    }

    @Test
    void aFolderMadeAgainAfterACrashBetweenTheRenamesIsNotTouched() throws IOException {
        Path root = temp.resolve("made-again");
        Path out = earlierOutput(root);
        List<OutputTransaction.Step> points = commitPoints();
        int between = points.indexOf(OutputTransaction.Step.MOVE_STAGING_IN);
        assertThatThrownBy(() -> new OutputTransaction(out, "sms", new CrashAt(between, true)).commit(set(NEW, "new")))
                .isInstanceOf(Crash.class);
        Files.createDirectories(out);
        Files.writeString(out.resolve("written-after-the-crash.txt"), "new notes");
        Map<Path, String> before = tree(root);

        assertThatThrownBy(() -> new OutputTransaction(out).recover()).isInstanceOf(SmsException.class)
                .hasMessageContaining(".sms.previous").hasMessageContaining("move the files you want to keep");

        assertThat(tree(root)).isEqualTo(before);
    }

    @Test
    void aFileTheUserWritesDuringTheSwapIsKept() throws IOException {
        Path root = temp.resolve("during");
        Path out = earlierOutput(root);
        // Written after the user's files were copied into the staging folder, just before the output is moved aside.
        OutputTransaction.StepHook userWrites = step -> {
            if (step == OutputTransaction.Step.MOVE_OUTPUT_ASIDE) {
                Files.writeString(out.resolve("notes.txt"), "mine");
                Files.writeString(out.resolve("markdown/late.md"), "late");
            }
        };
        new OutputTransaction(out, "sms", userWrites).commit(set(NEW, "new"));

        assertThat(out.resolve("markdown/late.md")).hasContent("late");
        Files.delete(out.resolve("markdown/late.md"));
        assertWholeSet(root, NEW, "a file written during the swap");
    }

    @Test
    void anEarlierOutputLeftAsideWithoutAJournalIsMovedBack() throws IOException {
        // What a version before the journal left when it died between its two renames.
        Path root = temp.resolve("legacy");
        Path out = earlierOutput(root);
        Files.move(out, root.resolve(".sms.previous"));
        Files.createDirectories(root.resolve(".sms.staging/markdown"));
        Files.writeString(root.resolve(".sms.staging/markdown/a.md"), "half");

        new OutputTransaction(out).commit(set(NEW, "new"));

        assertWholeSet(root, NEW, "after a legacy crash");
    }

    @Test
    void theUsersLinksAreCarriedOverAsLinks() throws IOException {
        Path root = temp.resolve("links");
        Path out = earlierOutput(root);
        try {
            Files.createSymbolicLink(out.resolve("latest-notes"), Path.of("notes.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system
        }
        new OutputTransaction(out).commit(set(NEW, "new"));

        assertThat(Files.isSymbolicLink(out.resolve("latest-notes"))).isTrue();
        assertThat(out.resolve("latest-notes")).hasContent("mine");
    }

    /** sms/ holds exactly the set (as its manifest says) and the user's files, and nothing else is beside it. */
    private static void assertWholeSet(Path root, Map<String, String> set, String where) throws IOException {
        Path out = root.resolve("sms");
        try (Stream<Path> list = Files.list(root)) {
            assertThat(list.map(p -> p.getFileName().toString()).toList()).as(where + ": beside the output").containsExactly("sms");
        }
        Map<String, String> expected = new LinkedHashMap<>(set);
        expected.putAll(USER);
        Map<String, String> actual = new LinkedHashMap<>();
        tree(out).forEach((path, text) -> actual.put(out.relativize(path).toString().replace('\\', '/'), text));
        String manifest = actual.remove(Manifest.FILE_NAME);
        assertThat(actual).as(where + ": files of the output").isEqualTo(expected);
        if (manifest == null) {
            fail(where + ": no manifest");
        }
        assertThat(new OutputTransaction(out).isIntact()).as(where + ": the manifest matches the files").isTrue();
        assertThat(Manifest.read(out).hashes().keySet()).as(where + ": generated files in the manifest")
                .containsExactlyInAnyOrderElementsOf(set.keySet());
    }

    private static Map<Path, String> tree(Path root) throws IOException {
        Map<Path, String> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(file, Files.readString(file));
            }
        }
        return files;
    }
}
