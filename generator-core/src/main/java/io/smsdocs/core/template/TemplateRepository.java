package io.smsdocs.core.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import io.smsdocs.core.api.Problem;
import io.smsdocs.core.api.SmsException;
import io.smsdocs.core.api.SourceLocation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds templates along the lookup chain: the docs repo's template folder first, then the built-in
 * pack. Overriding one file never requires copying the others.
 */
public final class TemplateRepository {

    public static final String BUILT_IN_PACK = "META-INF/smsdocs/packs/default";
    private static final String DOCUMENTS = "documents/";
    private static final String SUFFIX = ".md.ftl";

    private final Path userDirectory;
    private final String userDisplay;
    private final ClassLoader classLoader;
    private final PackInfo builtIn;

    private TemplateRepository(Path userDirectory, String userDisplay, ClassLoader classLoader) {
        this.userDirectory = userDirectory == null ? null : userDirectory.toAbsolutePath().normalize();
        this.userDisplay = userDisplay;
        this.classLoader = classLoader;
        this.builtIn = PackInfo.read(classLoader, BUILT_IN_PACK);
    }

    /**
     * @param userDirectory the docs repo's template folder, or null
     * @param explicit      whether the user configured that folder; a configured folder must exist
     */
    public static TemplateRepository create(Path userDirectory, String userDisplay, boolean explicit, ClassLoader classLoader) {
        if (userDirectory != null && !Files.isDirectory(userDirectory)) {
            if (explicit) {
                throw new SmsException(Problem.error(SourceLocation.of(userDisplay), "the configured template directory does not exist",
                        "create it, or remove sms.templateDirectory to use the built-in templates only"));
            }
            userDirectory = null;
        }
        return new TemplateRepository(userDirectory, userDisplay, classLoader);
    }

    /**
     * The FreeMarker configuration for this lookup chain. It is shared by every generation in the same
     * JVM with the same template folder and class loader, so parsed templates are reused; FreeMarker
     * still checks each template for changes on every use.
     */
    public freemarker.template.Configuration configuration() {
        return CONFIGURATIONS.computeIfAbsent(new ChainKey(userDirectory, classLoader), key -> SafeConfiguration.create(loader()));
    }

    private record ChainKey(Path userDirectory, ClassLoader classLoader) {
    }

    /** A few recent chains; a long-lived JVM (a Maven daemon) may build many projects. */
    private static final java.util.Map<ChainKey, freemarker.template.Configuration> CONFIGURATIONS =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<ChainKey, freemarker.template.Configuration> eldest) {
                    return size() > 8;
                }
            });

    /**
     * Every template source that can take part in a generation, by name, for the input fingerprint:
     * the built-in pack's files and every file of the user's template folder.
     */
    public java.util.SortedMap<String, byte[]> sources() {
        java.util.SortedMap<String, byte[]> sources = new java.util.TreeMap<>();
        List<String> builtIn = new ArrayList<>(this.builtIn.documents());
        builtIn.add("pack.yaml");
        builtIn.add(SafeConfiguration.LIBRARY.substring(1));
        for (String name : builtIn) {
            try (InputStream in = classLoader.getResourceAsStream(BUILT_IN_PACK + "/" + name)) {
                if (in != null) {
                    sources.put("pack:" + name, in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (userDirectory != null) {
            try (Stream<Path> files = Files.walk(userDirectory)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    sources.put("user:" + userDirectory.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    public String packVersion() {
        return builtIn.version();
    }

    public TemplateLoader loader() {
        List<TemplateLoader> loaders = new ArrayList<>();
        if (userDirectory != null) {
            try {
                loaders.add(new FileTemplateLoader(userDirectory.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(classLoader, "/" + BUILT_IN_PACK));
        return new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0]));
    }

    /** Where a template comes from, as the user should see it in an error message. */
    public String displayName(String templateName) {
        if (userDirectory != null && Files.isRegularFile(userDirectory.resolve(templateName))) {
            return userDisplay + "/" + templateName;
        }
        return "[built-in pack] " + templateName;
    }

    /** Every document template: the pack's inventory, replaced or extended by the user's folder. */
    public List<TemplateMetadata> documentTemplates() {
        Map<String, String> names = new LinkedHashMap<>();
        builtIn.documents().forEach(name -> names.put(name, name));
        userDocumentNames().forEach(name -> names.put(name, name));
        List<TemplateMetadata> templates = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String name : names.keySet()) {
            try {
                templates.add(TemplateMetadataReader.read(name, displayName(name), readText(name)));
            } catch (SmsException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new SmsException(problems);
        }
        return templates;
    }

    private List<String> userDocumentNames() {
        if (userDirectory == null || !Files.isDirectory(userDirectory.resolve(DOCUMENTS))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(userDirectory.resolve(DOCUMENTS))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SUFFIX)).sorted()
                    .map(n -> DOCUMENTS + n).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String readText(String name) {
        try {
            if (userDirectory != null && Files.isRegularFile(userDirectory.resolve(name))) {
                return Files.readString(userDirectory.resolve(name), StandardCharsets.UTF_8);
            }
            try (InputStream in = classLoader.getResourceAsStream(BUILT_IN_PACK + "/" + name)) {
                if (in == null) {
                    throw new SmsException(Problem.error(SourceLocation.of("[built-in pack] pack.yaml"),
                            "the pack lists " + name + " but does not contain it", "add the template or remove it from pack.yaml"));
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new SmsException(Problem.error(SourceLocation.of(displayName(name)), "cannot read the template: " + e.getMessage()));
        }
    }

    /** A pack's pack.yaml: name, version stamp and document inventory. */
    record PackInfo(String name, String version, List<String> documents) {
        static PackInfo read(ClassLoader classLoader, String root) {
            try (InputStream in = classLoader.getResourceAsStream(root + "/pack.yaml")) {
                if (in == null) {
                    throw new IllegalStateException("the built-in template pack is not on the classpath (" + root + ")");
                }
                JsonNode node = new ObjectMapper(new YAMLFactory()).readTree(in);
                List<String> documents = new ArrayList<>();
                node.path("documents").forEach(d -> documents.add(d.asText()));
                return new PackInfo(node.path("name").asText(), node.path("version").asText(), documents);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
