package io.smsdocs.core.output;

import io.smsdocs.core.export.OutputFile;
import io.smsdocs.core.export.OutputPaths;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
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
 */
public final class OutputTransaction {

    private final Path outputDirectory;
    private final String outputDisplay;
    private final Path staging;
    private final Path backup;

    public OutputTransaction(Path outputDirectory, String outputDisplay) {
        this.outputDirectory = outputDirectory.toAbsolutePath().normalize();
        this.outputDisplay = outputDisplay;
        String name = this.outputDirectory.getFileName().toString();
        this.staging = this.outputDirectory.resolveSibling("." + name + ".staging");
        this.backup = this.outputDirectory.resolveSibling("." + name + ".previous");
    }

    public OutputTransaction(Path outputDirectory) {
        this(outputDirectory, outputDirectory.toString());
    }

    /**
     * @param force overwrite generated files even when they were edited by hand since
     */
    public void commit(List<OutputFile> files, boolean force) {
        Manifest.Previous previous = Manifest.read(outputDirectory);
        if (!force) {
            refuseToOverwriteHandEdits(previous);
        }
        try {
            Files.createDirectories(outputDirectory.getParent());
            deleteRecursively(staging);
            deleteRecursively(backup);
            Files.createDirectories(staging);
            for (OutputFile file : files) {
                stage(file);
            }
            carryOverForeignFiles(previous, files);
            swap();
        } catch (IOException e) {
            discardStaging();
            throw new UncheckedIOException("cannot write the output folder " + outputDirectory + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            discardStaging();
            throw e;
        }
    }

    public void commit(List<OutputFile> files) {
        commit(files, false);
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

    private List<String> changedFiles(Manifest.Previous previous) {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> entry : previous.hashes().entrySet()) {
            Path file = outputDirectory.resolve(entry.getKey()).normalize();
            if (!file.startsWith(outputDirectory) || !Files.isRegularFile(file)) {
                continue;
            }
            try {
                if (!Manifest.sha256(Files.readAllBytes(file)).equals(entry.getValue())) {
                    changed.add(entry.getKey());
                }
            } catch (IOException e) {
                changed.add(entry.getKey());
            }
        }
        return changed;
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
        List<Path> existing;
        try (Stream<Path> walk = Files.walk(outputDirectory)) {
            existing = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : existing) {
            String relative = outputDirectory.relativize(file).toString().replace('\\', '/');
            if (relative.equals(Manifest.FILE_NAME) || previous.hashes().containsKey(relative) || nowGenerated.contains(relative)) {
                continue;
            }
            Path target = staging.resolve(relative);
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private void swap() throws IOException {
        boolean hadPrevious = Files.exists(outputDirectory);
        if (hadPrevious) {
            Files.move(outputDirectory, backup, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, outputDirectory, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (hadPrevious) {
                Files.move(backup, outputDirectory, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        deleteRecursively(backup);
    }

    private void discardStaging() {
        try {
            deleteRecursively(staging);
        } catch (IOException ignored) {
            // The original failure matters more than leftover staging files, which the next run removes.
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
