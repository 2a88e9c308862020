package io.smsdocs.core.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Every file of a pack, not only those its pack.yaml lists: a document may include a partial of its
 * pack, and a changed partial must change the input fingerprint too.
 */
final class PackFiles {

    private PackFiles() {
    }

    /** Names relative to the pack root, sorted; the declared ones where the pack's container cannot be listed. */
    static List<String> of(ClassLoader classLoader, String packRoot, List<String> declared) {
        URL packYaml = classLoader.getResource(packRoot + "/pack.yaml");
        try {
            if (packYaml != null && packYaml.getProtocol().equals("jar")) {
                return inJar(packYaml, packRoot + "/");
            }
            if (packYaml != null && packYaml.getProtocol().equals("file")) {
                return inFolder(Path.of(packYaml.toURI()).getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | IllegalArgumentException e) {
            // an unusual class folder URL: fall back to the declared files
        }
        return declared;
    }

    private static List<String> inJar(URL entry, String prefix) throws IOException {
        JarURLConnection connection = (JarURLConnection) entry.openConnection();
        // Uncached: closing a cached JarFile would close it under the class loader too.
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            return jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(prefix))
                    .map(e -> e.getName().substring(prefix.length())).sorted().toList();
        }
    }

    private static List<String> inFolder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
