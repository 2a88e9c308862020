package io.smsdocs.core.output;

import io.smsdocs.core.export.OutputFile;
import io.smsdocs.core.export.OutputPaths;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a complete output set into a staging folder beside the output folder and swaps it in only
 * when every file was written. A failure leaves the previous output exactly as it was, with no
 * staging debris. Files edited by hand since they were generated are never overwritten silently;
 * files the user put in the output folder are carried over; unchanged files keep their identity.
 *
 * <h2>Crash safety</h2>
 * The swap takes two folder renames, and the process may die between any two steps (a killed build, an
 * out-of-memory error). Three names beside the output folder {@code sms} record where it stands:
 * <ul>
 *   <li>{@code .sms.staging}: the new set being written, with copies of the user's own files;</li>
 *   <li>{@code .sms.swap}: the journal, written (atomically, through {@code .sms.swap.tmp}) only once the
 *       staging folder is complete, and removed last; while it exists a swap is under way;</li>
 *   <li>{@code .sms.previous}: the earlier output, moved aside during the swap.</li>
 * </ul>
 * A commit runs these steps ({@link Step}):
 * <ol>
 *   <li>{@code RECOVER}: finish or undo whatever an interrupted earlier run left (see below);</li>
 *   <li>{@code STAGE_FILE}, {@code CARRY_OVER_FILE}: write the new set into the staging folder and copy
 *       the user's files (those the previous manifest does not list as generated) into it;</li>
 *   <li>{@code WRITE_JOURNAL}: the staging folder is complete;</li>
 *   <li>{@code MOVE_OUTPUT_ASIDE}: rename {@code sms} to {@code .sms.previous} (when there is an output);</li>
 *   <li>{@code MOVE_STAGING_IN}: rename {@code .sms.staging} to {@code sms}: the swap is done;</li>
 *   <li>{@code DELETE_PREVIOUS_FILE}: delete {@code .sms.previous} file by file; a file of the user's that
 *       is not in the new output (added during the swap) is moved into it instead of deleted;</li>
 *   <li>{@code DELETE_JOURNAL}: remove the journal.</li>
 * </ol>
 * Recovery reads the journal and which folders exist, so it needs no other record:
 * <ul>
 *   <li>no journal: a swap never began. A staging folder is a run that died while writing it: deleted (it
 *       holds only generated files and copies). An earlier output under {@code .sms.previous} (left by
 *       versions before the journal) is moved back when {@code sms} is missing, else deleted as above;</li>
 *   <li>journal, staging folder still there: the swap did not finish; it is rolled back. The earlier output
 *       is moved back from {@code .sms.previous} if it had been moved aside, then the staging folder is deleted.
 *       Rolling back (rather than forward) keeps whatever the user did to the output folder after the crash;
 *       the next generation writes the new set anyway;</li>
 *   <li>journal, staging folder gone: the new output is in place; the swap is completed by deleting
 *       {@code .sms.previous} as in step 6;</li>
 *   <li>staging folder, {@code .sms.previous} and a new {@code sms} folder (made by hand after a crash between
 *       the renames): nothing is deleted or moved; the run stops and says which folders to merge.</li>
 * </ul>
 * Each recovery step is itself safe to interrupt: it only renames whole folders or deletes copies, and the
 * journal goes last. Folder renames are atomic on one file system. An exception (an I/O error, an unsafe
 * path) before the journal deletes the staging folder; after it, the same recovery runs at once, before the
 * exception is rethrown. An {@link Error} is not handled: the next run recovers. Limits: the journal is
 * forced to disk, the staged files are not (a sync per file would slow every run), so after a power cut
 * the new set may need generating again; and two runs at once on one output folder are not coordinated.
 */
public final class OutputTransaction {

    /** The points at which a commit or a recovery may be interrupted; see the class comment. */
    public enum Step {
        RECOVER, STAGE_FILE, CARRY_OVER_FILE, WRITE_JOURNAL, MOVE_OUTPUT_ASIDE, MOVE_STAGING_IN, DELETE_PREVIOUS_FILE,
        DELETE_JOURNAL, RECOVER_RESTORE_PREVIOUS, RECOVER_DELETE_STAGING_FILE
    }

    /** Called before each step (and before each file of a step that goes file by file): tests crash the swap here. */
    @FunctionalInterface
    interface StepHook {
        void before(Step step) throws IOException;
    }

    private static final String JOURNAL_TEXT = "smsdocs output swap: the staging folder is complete; see OutputTransaction\n";

    private final Path outputDirectory;
    private final String outputDisplay;
    private final Path staging;
    private final Path backup;
    private final Path journal;
    private final Path journalTemp;
    private final StepHook hook;

    OutputTransaction(Path outputDirectory, String outputDisplay, StepHook hook) {
        this.outputDirectory = outputDirectory.toAbsolutePath().normalize();
        this.outputDisplay = outputDisplay;
        String name = this.outputDirectory.getFileName().toString();
        this.staging = this.outputDirectory.resolveSibling("." + name + ".staging");
        this.backup = this.outputDirectory.resolveSibling("." + name + ".previous");
        this.journal = this.outputDirectory.resolveSibling("." + name + ".swap");
        this.journalTemp = this.outputDirectory.resolveSibling("." + name + ".swap.tmp");
        this.hook = hook;
    }

    public OutputTransaction(Path outputDirectory, String outputDisplay) {
        this(outputDirectory, outputDisplay, step -> { });
    }

    public OutputTransaction(Path outputDirectory) {
        this(outputDirectory, outputDirectory.toString());
    }

    /**
     * @param force overwrite generated files even when they were edited by hand since
     */
    public void commit(List<OutputFile> files, boolean force) {
        recover();
        Manifest.Previous previous = Manifest.read(outputDirectory);
        if (!force) {
            refuseToOverwriteHandEdits(previous);
        }
        try {
            Files.createDirectories(outputDirectory.getParent());
            Files.createDirectories(staging);
            for (OutputFile file : files) {
                hook.before(Step.STAGE_FILE);
                stage(file);
            }
            carryOverForeignFiles(previous, files);
            writeJournal();
        } catch (IOException e) {
            discardStaging();
            throw new UncheckedIOException("cannot write the output folder " + outputDirectory + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            discardStaging();
            throw e;
        }
        try {
            swap();
        } catch (IOException | RuntimeException e) {
            // The journal is written: the recovery of the next run would finish this; do it now.
            try {
                recover();
            } catch (RuntimeException again) {
                e.addSuppressed(again);
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot write the output folder " + outputDirectory + ": " + e.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }

    public void commit(List<OutputFile> files) {
        commit(files, false);
    }

    /**
     * Finishes or undoes a swap that an earlier run left unfinished (see the class comment); does nothing
     * when there is none. Called at the start of every commit, and by the generator before it decides that
     * the output is up to date.
     */
    public void recover() {
        try {
            hook.before(Step.RECOVER);
            Files.deleteIfExists(journalTemp);
            boolean swapping = Files.exists(journal);
            boolean staged = Files.exists(staging);
            boolean output = Files.exists(outputDirectory);
            boolean aside = Files.exists(backup);
            if (staged && output && aside) {
                throw new SmsException(Problem.error(SourceLocation.of(outputDisplay), "an interrupted run left the earlier output in "
                        + backup.getFileName() + " beside the output folder, which has since been made again",
                        "move the files you want to keep from " + backup.getFileName() + " into " + outputDirectory.getFileName()
                                + ", then delete " + backup.getFileName() + ", " + staging.getFileName() + " and "
                                + journal.getFileName() + ", and run again"));
            }
            if (aside && !output) {
                // The swap stopped between its two renames (or before the journal existed): the earlier output comes back.
                hook.before(Step.RECOVER_RESTORE_PREVIOUS);
                Files.move(backup, outputDirectory, StandardCopyOption.ATOMIC_MOVE);
                aside = false;
            }
            if (!swapping || staged) {
                // No swap began, or it did not finish: the staging folder holds only the new set and copies.
                deleteRecursively(staging, Step.RECOVER_DELETE_STAGING_FILE);
            }
            if (aside) {
                // The new output is in place (or, without a journal, a version before it left this beside sms).
                deletePrevious();
            }
            if (swapping) {
                hook.before(Step.DELETE_JOURNAL);
                Files.deleteIfExists(journal);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot recover the output folder " + outputDirectory + " from an interrupted run: "
                    + e.getMessage(), e);
        }
    }

    /** True when the folder holds exactly what the manifest recorded, untouched. */
    public boolean isIntact() {
        Manifest.Previous previous = Manifest.read(outputDirectory);
        return !previous.hashes().isEmpty() && changedFiles(previous).isEmpty() && previous.hashes().keySet().stream()
                .allMatch(path -> Files.isRegularFile(outputDirectory.resolve(path)));
    }

    private void refuseToOverwriteHandEdits(Manifest.Previous previous) {
        List<Problem> problems = new ArrayList<>();
        for (String path : changedFiles(previous)) {
            problems.add(Problem.error(SourceLocation.of(outputDisplay + "/" + path),
                    "changed by hand since it was generated, and would be overwritten",
                    "move the change into the descriptor or a template override, or run again with " + io.smsdocs.core.problem.BuildSetting.assigned("force", "true")));
        }
        if (!problems.isEmpty()) {
            throw new SmsException(problems);
        }
    }

    /** The files whose bytes no longer have the hash the last run recorded: read and hashed on all cores, listed in the record's order. */
    private List<String> changedFiles(Manifest.Previous previous) {
        return List.copyOf(previous.hashes().entrySet()).parallelStream().filter(this::changedSince).map(Map.Entry::getKey).toList();
    }

    private boolean changedSince(Map.Entry<String, String> recorded) {
        Path file = outputDirectory.resolve(recorded.getKey()).normalize();
        if (!file.startsWith(outputDirectory) || !Files.isRegularFile(file)) {
            return false;
        }
        try {
            return !Manifest.sha256(Files.readAllBytes(file)).equals(recorded.getValue());
        } catch (IOException e) {
            return true;
        }
    }

    /** A file whose bytes did not change is linked, not rewritten, so it keeps its time stamp and identity. */
    private void stage(OutputFile file) throws IOException {
        Path target = OutputPaths.resolveInside(staging, file.path());
        Files.createDirectories(target.getParent());
        Path existing = outputDirectory.resolve(file.path());
        if (Files.isRegularFile(existing) && Files.size(existing) == file.content().length
                && Arrays.equals(Files.readAllBytes(existing), file.content())) {
            try {
                Files.createLink(target, existing);
                return;
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(existing, target, StandardCopyOption.COPY_ATTRIBUTES);
                return;
            }
        }
        Files.write(target, file.content());
    }

    private void carryOverForeignFiles(Manifest.Previous previous, List<OutputFile> files) throws IOException {
        if (!Files.isDirectory(outputDirectory)) {
            return;
        }
        Set<String> nowGenerated = new HashSet<>();
        files.forEach(f -> nowGenerated.add(f.path()));
        for (Path file : userFiles(outputDirectory, previous)) {
            String relative = relative(outputDirectory, file);
            if (nowGenerated.contains(relative)) {
                continue;
            }
            hook.before(Step.CARRY_OVER_FILE);
            Path target = staging.resolve(relative);
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /** Files (and links) in root that its manifest does not list as generated: the user's own. */
    private static List<Path> userFiles(Path root, Manifest.Previous manifest) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).filter(p -> {
                String relative = relative(root, p);
                return !relative.equals(Manifest.FILE_NAME) && !manifest.hashes().containsKey(relative);
            }).toList();
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Marks the staging folder complete: written beside and renamed, so the journal is whole or absent. */
    private void writeJournal() throws IOException {
        hook.before(Step.WRITE_JOURNAL);
        try (FileChannel channel = FileChannel.open(journalTemp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(JOURNAL_TEXT.getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        Files.move(journalTemp, journal, StandardCopyOption.ATOMIC_MOVE);
    }

    private void swap() throws IOException {
        if (Files.exists(outputDirectory)) {
            hook.before(Step.MOVE_OUTPUT_ASIDE);
            Files.move(outputDirectory, backup, StandardCopyOption.ATOMIC_MOVE);
        }
        hook.before(Step.MOVE_STAGING_IN);
        Files.move(staging, outputDirectory, StandardCopyOption.ATOMIC_MOVE);
        if (Files.exists(backup)) {
            deletePrevious();
        }
        hook.before(Step.DELETE_JOURNAL);
        Files.delete(journal);
    }

    /**
     * Deletes the earlier output, which the new output replaced. The user's files in it were copied into the
     * new output; one that is missing there (written while the swap ran) is moved there instead.
     */
    private void deletePrevious() throws IOException {
        for (Path file : userFiles(backup, Manifest.read(backup))) {
            Path target = outputDirectory.resolve(relative(backup, file));
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                hook.before(Step.DELETE_PREVIOUS_FILE);
                Files.createDirectories(target.getParent());
                Files.move(file, target, LinkOption.NOFOLLOW_LINKS);
            }
        }
        // Its manifest goes last: a deletion interrupted and resumed still tells generated files from the user's.
        deleteRecursively(backup, Step.DELETE_PREVIOUS_FILE, backup.resolve(Manifest.FILE_NAME));
    }

    private void discardStaging() {
        try {
            deleteRecursively(staging, Step.RECOVER_DELETE_STAGING_FILE);
        } catch (IOException ignored) {
            // The original failure matters more than leftover staging files, which the next run removes.
        }
    }

    private void deleteRecursively(Path root, Step step) throws IOException {
        deleteRecursively(root, step, null);
    }

    /** Deletes root and everything in it, file by file, the file last (if given) just before root itself. */
    private void deleteRecursively(Path root, Step step, Path last) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.equals(last)) {
                    hook.before(step);
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                if (!dir.equals(root)) {
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        if (last != null && Files.exists(last, LinkOption.NOFOLLOW_LINKS)) {
            hook.before(step);
            Files.delete(last);
        }
        Files.delete(root);
    }
}
