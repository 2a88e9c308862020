package io.smsdocs.core.output;

import java.util.List;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A digest of everything a generation reads: the descriptor's folder (descriptor, logo, images,
 * reference document, template overrides), the built-in templates, an external template folder or
 * reference document, the formats and the generator version. Equal fingerprints mean equal output,
 * so an unchanged project is not rendered again.
 */
public final class InputFingerprint {

    private InputFingerprint() {
    }

    /**
     * @param templateSources every template and bundle of the source chain by name
     * @param referenceDocx   the house-style document given by the build, or null
     * @param guidance        guidance mode forced by the build, or null
     * @param asOf            the status date given by the build (the site's dashboard shows the set as of it), or null
     */
    public static String of(Path descriptor, Path outputDirectory, SortedMap<String, byte[]> templateSources, Path referenceDocx,
                            List<String> formats, Boolean guidance, java.time.LocalDate asOf) {
        SortedMap<String, byte[]> inputs = new TreeMap<>();
        Path descriptorFolder = descriptor.toAbsolutePath().normalize().getParent();
        addFolder(inputs, "descriptor-folder:", descriptorFolder, outputDirectory.toAbsolutePath().normalize());
        // The folder's content is already in; which of its files is the descriptor must be too.
        inputs.put("descriptor", descriptorFolder == null ? descriptor.toString().getBytes(StandardCharsets.UTF_8)
                : descriptorFolder.relativize(descriptor.toAbsolutePath().normalize()).toString()
                        .getBytes(StandardCharsets.UTF_8));
        templateSources.forEach(inputs::put);
        if (referenceDocx != null) {
            addFile(inputs, "reference", referenceDocx);
        }
        inputs.put("formats", String.join(",", formats).getBytes(StandardCharsets.UTF_8));
        inputs.put("guidance", String.valueOf(guidance).getBytes(StandardCharsets.UTF_8));
        if (asOf != null) {
            inputs.put("asOf", asOf.toString().getBytes(StandardCharsets.UTF_8));
        }
        inputs.put("generator", GENERATOR.getBytes(StandardCharsets.UTF_8));
        return digest(inputs);
    }

    private static String digest(SortedMap<String, byte[]> namedContents) {
        StringBuilder all = new StringBuilder();
        Manifest.sha256OfEach(namedContents).forEach((name, hash) -> all.append(name).append('=').append(hash).append('\n'));
        return Manifest.sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void addFolder(SortedMap<String, byte[]> inputs, String prefix, Path folder, Path excluded) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(excluded)).sorted().toList()) {
                addFile(inputs, prefix + folder.relativize(file).toString().replace('\\', '/'), file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addFile(SortedMap<String, byte[]> inputs, String name, Path file) {
        try {
            if (Files.isRegularFile(file)) {
                inputs.put(name, Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String GENERATOR = generatorDigest();

    /** The generator's own code by content: part of every fingerprint, and of the key of cached renderings. */
    public static String generatorVersion() {
        return GENERATOR;
    }

    /**
     * A jar by the content of its entries: each entry's name, size and CRC-32 from the jar's directory, which the JVM
     * has read already to load the generator's classes. Hashing the whole jar (2 MB) took tens of milliseconds of a
     * cold run, where SHA-256 runs interpreted or without the processor's SHA instructions; and a jar rebuilt from the
     * same classes, with other time stamps, is now the same generator.
     */
    static String jarDigest(Path jar) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            StringBuilder entries = new StringBuilder();
            zip.stream().sorted(java.util.Comparator.comparing(java.util.zip.ZipEntry::getName)).forEach(entry -> entries
                    .append(entry.getName()).append(' ').append(entry.getSize()).append(' ').append(Long.toHexString(entry.getCrc())).append('\n'));
            return Manifest.sha256(entries.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The generator's own code by content (its jar, or its class folder), so a rebuilt snapshot never counts as unchanged. */
    private static String generatorDigest() {
        try {
            var source = InputFingerprint.class.getProtectionDomain().getCodeSource();
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            if (location != null && Files.isRegularFile(location)) {
                return jarDigest(location);
            }
            if (location != null && Files.isDirectory(location)) {
                SortedMap<String, byte[]> classes = new TreeMap<>();
                addFolder(classes, "", location, location.resolve("no-exclusion"));
                return digest(classes);
            }
        } catch (IOException | java.net.URISyntaxException | IllegalArgumentException | SecurityException
                 | UncheckedIOException e) {
            // an unknown code source: rely on the other inputs
        }
        return "unknown";
    }
}
