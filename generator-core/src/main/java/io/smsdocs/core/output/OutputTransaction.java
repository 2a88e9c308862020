package io.smsdocs.core.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a complete output set into a staging folder beside the output folder and swaps it in only
 * when every file was written. A failure leaves the previous output exactly as it was, and no
 * staging debris. Files the user put in the output folder themselves are carried over.
 */
public final class OutputTransaction {

    private final Path outputDirectory;
    private final Path staging;
    private final Path backup;

    public OutputTransaction(Path outputDirectory) {
        this.outputDirectory = outputDirectory.toAbsolutePath().normalize();
        String name = this.outputDirectory.getFileName().toString();
        this.staging = this.outputDirectory.resolveSibling("." + name + ".staging");
        this.backup = this.outputDirectory.resolveSibling("." + name + ".previous");
    }

    public void commit(List<OutputFile> files) {
        try {
            Files.createDirectories(outputDirectory.getParent());
            deleteRecursively(staging);
            deleteRecursively(backup);
            Files.createDirectories(staging);
            for (OutputFile file : files) {
                Path target = OutputPaths.resolveInside(staging, file.path());
                Files.createDirectories(target.getParent());
                Files.write(target, file.content());
            }
            carryOverForeignFiles(files);
            swap();
        } catch (IOException e) {
            discardStaging();
            throw new UncheckedIOException("cannot write the output folder " + outputDirectory + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            discardStaging();
            throw e;
        }
    }

    private void carryOverForeignFiles(List<OutputFile> files) throws IOException {
        if (!Files.isDirectory(outputDirectory)) {
            return;
        }
        Set<String> previouslyGenerated = Manifest.generatedFiles(outputDirectory);
        Set<String> nowGenerated = new java.util.HashSet<>();
        files.forEach(f -> nowGenerated.add(f.path()));
        List<Path> existing;
        try (Stream<Path> walk = Files.walk(outputDirectory)) {
            existing = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : existing) {
            String relative = outputDirectory.relativize(file).toString().replace('\\', '/');
            if (relative.equals(Manifest.FILE_NAME) || previouslyGenerated.contains(relative) || nowGenerated.contains(relative)) {
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
