package io.smsdocs.core.api;

import io.smsdocs.core.history.GitRepository;
import io.smsdocs.core.history.Release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The descriptor's folder (and the template folder, if it lies elsewhere) as they were at a release, copied into a
 * temporary folder, with the request that generates that set: same class loader, guidance and formats, no history
 * of its own. Closing it deletes the copy.
 *
 * @param request null when the descriptor did not exist at that release
 */
record ReleaseCheckout(Path tree, GenerationRequest request) implements AutoCloseable {

    static ReleaseCheckout of(GitRepository git, GenerationRequest now, Release release) {
        return of(git, now, release, now.outputDirectory(), now.formats());
    }

    /** The release's set, to be written to output in these formats. */
    static ReleaseCheckout of(GitRepository git, GenerationRequest now, Release release, Path output, java.util.List<String> formats) {
        Path descriptor = now.descriptor().toAbsolutePath().normalize();
        String descriptorPath = git.relative(descriptor);
        String folder = git.relative(descriptor.getParent());
        Path tree;
        try {
            tree = Files.createTempDirectory("sms-release-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        git.checkout(release.commit(), folder, tree);
        Path templates = null;
        String templateFolder = now.templateDirectory() == null ? null : git.relative(now.templateDirectory());
        if (templateFolder != null) {
            if (!folder.isEmpty() && !templateFolder.startsWith(folder + "/")) {
                git.checkout(release.commit(), templateFolder, tree);
            }
            templates = tree.resolve(templateFolder);
        }
        if (!Files.isRegularFile(tree.resolve(descriptorPath))) {
            return new ReleaseCheckout(tree, null);
        }
        GenerationRequest then = GenerationRequest.builder(tree.resolve(descriptorPath), output)
                .descriptorDisplay(release.tag() + ":" + descriptorPath)
                .templateDirectory(templates != null && Files.isDirectory(templates) ? templates : null, false)
                .templateDisplay(release.tag() + ":" + (templateFolder == null ? "templates" : templateFolder))
                .outputDisplay(output.toString()).formats(formats).classLoader(now.classLoader()).guidance(now.guidance())
                .releaseTags("").build();
        return new ReleaseCheckout(tree, then);
    }

    @Override
    public void close() {
        deleteTree(tree);
    }

    /** Deletes a temporary folder and everything in it; one left behind is harmless. */
    static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
