package io.smsdocs.core.template;

import freemarker.cache.TemplateLoader;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The loader of a pack on the classpath, whose files cannot change while its class loader lives: which files it
 * has and when they were last modified are asked of FreeMarker's class loader once per file and then kept.
 *
 * <p>The configuration checks every template for changes each time it is used (so that a docs repo's edited
 * template is seen at once), and a set of thousands of documents uses the pack's templates hundreds of thousands
 * of times. Asked of FreeMarker's loader, each check looks the resource up in the jar, and closing it opens the
 * entry's stream only to close it again: a tenth of the rendering. The files themselves are still read through
 * FreeMarker's loader, when a template is first parsed.
 */
final class PackTemplateLoader implements TemplateLoader {

    private final TemplateLoader classpath;
    private final Map<String, Boolean> exists = new ConcurrentHashMap<>();
    private final Map<String, Long> lastModified = new ConcurrentHashMap<>();

    PackTemplateLoader(TemplateLoader classpath) {
        this.classpath = classpath;
    }

    /** One file of the pack, equal to every other lookup of the same name; holds FreeMarker's source while it is read. */
    private static final class PackFile {
        private final String name;
        private Object reading;

        PackFile(String name) {
            this.name = name;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PackFile file && file.name.equals(name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Boolean found = exists.get(name);
        if (found == null) {
            Object source = classpath.findTemplateSource(name);
            found = source != null;
            if (source != null) {
                classpath.closeTemplateSource(source);
            }
            exists.put(name, found);
        }
        return found ? new PackFile(name) : null;
    }

    @Override
    public long getLastModified(Object templateSource) {
        String name = ((PackFile) templateSource).name;
        Long known = lastModified.get(name);
        if (known != null) {
            return known;
        }
        try {
            Object source = classpath.findTemplateSource(name);
            if (source == null) {
                return -1;
            }
            try {
                long modified = classpath.getLastModified(source);
                lastModified.put(name, modified);
                return modified;
            } finally {
                classpath.closeTemplateSource(source);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        PackFile file = (PackFile) templateSource;
        file.reading = classpath.findTemplateSource(file.name);
        if (file.reading == null) {
            throw new FileNotFoundException(file.name);
        }
        return classpath.getReader(file.reading, encoding);
    }

    @Override
    public void closeTemplateSource(Object templateSource) throws IOException {
        PackFile file = (PackFile) templateSource;
        if (file.reading != null) {
            Object reading = file.reading;
            file.reading = null;
            classpath.closeTemplateSource(reading);
        }
    }
}
