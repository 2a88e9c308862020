package io.smsdocs.core.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One place templates come from: the docs repo's template folder, a template pack on the classpath, or
 * the built-in pack. A layer knows its files and how the user should see their names; which layer wins
 * is the business of {@link TemplateSourceChain}.
 */
public final class TemplateLayer {

    /** The three kinds of layer, from the most to the least specific. */
    public enum Kind { PROJECT, PACK, BUILT_IN }

    private final Kind kind;
    private final String id;
    private final String displayPrefix;
    private final String fingerprintPrefix;
    private final TemplateLoader loader;
    private final Path folder;
    private final ClassLoader classLoader;
    private final String root;
    private final List<String> declared;

    private TemplateLayer(Kind kind, String id, String displayPrefix, String fingerprintPrefix, TemplateLoader loader, Path folder,
                          ClassLoader classLoader, String root, List<String> declared) {
        this.kind = kind;
        this.id = id;
        this.displayPrefix = displayPrefix;
        this.fingerprintPrefix = fingerprintPrefix;
        this.loader = loader;
        this.folder = folder;
        this.classLoader = classLoader;
        this.root = root;
        this.declared = declared;
    }

    /** The docs repo's template folder, shown as the user configured it (src/sms/templates). */
    static TemplateLayer project(Path folder, String display) {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            return new TemplateLayer(Kind.PROJECT, "project", display + "/", "user:", new FileTemplateLoader(absolute.toFile()),
                    absolute, null, null, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A pack on the classpath; the built-in pack is the one named {@code default}. */
    static TemplateLayer pack(PackCatalogue.Pack pack, ClassLoader classLoader) {
        boolean builtIn = pack.builtIn();
        List<String> declared = new ArrayList<>(pack.documents());
        declared.add(PackCatalogue.PACK_YAML);
        declared.add(SafeConfiguration.LIBRARY.substring(1));
        return new TemplateLayer(builtIn ? Kind.BUILT_IN : Kind.PACK, builtIn ? "builtin" : "pack:" + pack.name(),
                builtIn ? "[built-in pack] " : "[pack " + pack.name() + "] ", "pack:" + pack.name() + ":",
                new PackTemplateLoader(new ClassTemplateLoader(classLoader, "/" + pack.root())), null, classLoader, pack.root(),
                List.copyOf(declared));
    }

    public Kind kind() {
        return kind;
    }

    /** A short, stable name of the layer: {@code project}, {@code pack:acme} or {@code builtin}. */
    public String id() {
        return id;
    }

    /** A file of this layer as the user should see it in a message. */
    public String display(String path) {
        return displayPrefix + path;
    }

    /** Whether the layer has this file; the same test FreeMarker's loader applies, so both agree. */
    public boolean has(String path) {
        // FreeMarker asks for every include of every document (a template is checked for changes each time it is
        // used, so that the docs repo's edited files are seen at once): a pack's loader keeps its answers, the
        // folder's loader asks the file system each time.
        try {
            Object source = loader.findTemplateSource(path);
            if (source == null) {
                return false;
            }
            loader.closeTemplateSource(source);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's bytes as a stream, or null when the layer lacks it. */
    public InputStream open(String path) throws IOException {
        if (folder != null) {
            Path file = folder.resolve(path).normalize();
            return file.startsWith(folder) && Files.isRegularFile(file) ? Files.newInputStream(file) : null;
        }
        return classLoader.getResourceAsStream(root + "/" + path);
    }

    /**
     * Every file of the layer, relative to its root and sorted: a document may include a partial, and a
     * changed partial must change the input fingerprint too. For a pack whose container cannot be listed,
     * the files its pack.yaml names.
     */
    public List<String> files() {
        // The recorded bases of overrides (.base/) are records for sms:export-templates, never templates.
        return allFiles().stream().filter(f -> !f.startsWith(OverrideBases.FOLDER)).toList();
    }

    private List<String> allFiles() {
        if (folder == null) {
            return PackFiles.of(classLoader, root, declared);
        }
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's name among the inputs of the fingerprint: {@code user:<path>} or {@code pack:<name>:<path>}. */
    String fingerprintKey(String path) {
        return fingerprintPrefix + path;
    }

    TemplateLoader loader() {
        return loader;
    }

    @Override
    public String toString() {
        return id;
    }
}
