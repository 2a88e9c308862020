package io.smsdocs.core.scaffold;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;
import io.smsdocs.core.problem.Suggestions;
import io.smsdocs.core.descriptor.DescriptorLoader;
import io.smsdocs.core.template.OverrideBases;
import io.smsdocs.core.template.TemplateLayer;
import io.smsdocs.core.template.TemplateMetadata;
import io.smsdocs.core.template.TemplateRepository;
import io.smsdocs.core.template.TemplateSourceChain;
import io.smsdocs.core.template.TextCatalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Copies the templates a set uses (a pack's where a pack on the classpath has one, else the built-in
 * pack's) into a docs repo's template folder for editing ("eject"). Never overwrites a file that is already there. The macro library is copied only when asked for by name, so a project
 * keeps receiving library updates unless it chooses to own its copy. A template is copied in the variant
 * the set's language renders ({@code glossary.md_de.ftl} for a German set), or in every language. Beside each copy
 * goes the version it was copied from, under {@code .base/}: the base a later change is found and merged by.
 */
public final class TemplateExport {

    public static final String LIBRARY = "lib/sms.ftl";

    /** What an export did: the files written and the ones left alone because they existed. */
    public record Result(List<String> written, List<String> kept) {
    }

    private TemplateExport() {
    }

    /** Records which built-in version a copy started from, so generate can warn when the built-in moves on. */
    static String stamped(String template, String packVersion) {
        if (!template.startsWith("<#--\n")) {
            return template;
        }
        return "<#--\npackVersion: " + packVersion + "\n" + template.substring("<#--\n".length());
    }

    /** Exports for an English set: the shared templates. */
    public static Result export(ClassLoader classLoader, Path targetDirectory, List<String> names) {
        return export(classLoader, targetDirectory, names, "en", false);
    }

    /**
     * @param names        document ids (e.g. "sms-plan"), section partials ("sections/change-management"), text catalogues
     *                     ("documents/sla.text"; a document or section brings its own catalogue along), message
     *                     bundles ("messages/messages.properties") or "lib/sms.ftl"; empty for every document template
     * @param language     the set's language: each template is copied in the variant a set in that language renders,
     *                     {@code glossary.md_de.ftl} for "de" where the built-in pack has one and the shared file where
     *                     not; message bundles are named with their language and copied as named
     * @param allLanguages copy every language variant the built-in pack has of each template and bundle, the shared one included
     */
    public static Result export(ClassLoader classLoader, Path targetDirectory, List<String> names, String language, boolean allLanguages) {
        Map<String, String> available = new LinkedHashMap<>();
        TemplateRepository repository = TemplateRepository.create(null, null, false, classLoader);
        String packVersion = repository.packVersion();
        List<String> documents = new ArrayList<>();
        for (TemplateMetadata template : repository.documentTemplates()) {
            available.put(template.id(), template.templateName());
            documents.add(template.templateName());
        }
        // Section partials and message bundles can be ejected by path, e.g. sections/change-management.
        for (String file : repository.builtInFiles()) {
            if (file.startsWith("sections/") || file.startsWith("messages/") || TextCatalogue.isCatalogue(file)) {
                available.put(file, file);
                available.putIfAbsent(file.replaceFirst("\\.ftl$", ""), file);
            }
        }
        List<String> wanted = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (names.isEmpty()) {
            wanted.addAll(documents);
        }
        for (String name : names) {
            String trimmed = name.strip();
            if (trimmed.equals(LIBRARY) || trimmed.equals("lib")) {
                wanted.add(LIBRARY);
            } else if (available.containsKey(trimmed)) {
                wanted.add(available.get(trimmed));
            } else {
                List<String> known = new ArrayList<>(available.keySet());
                known.add(LIBRARY);
                problems.add(Problem.error(new SourceLocation("sms.templates", 1, 1), "no built-in template named '" + trimmed + "'",
                        Suggestions.didYouMean(trimmed, known, "template names are document ids, such as sms-plan, section"
                                + " partials such as sections/change-management, text catalogues such as documents/sla.text, message bundles such as"
                                + " messages/messages_2011.properties, or lib/sms.ftl")));
            }
        }
        if (!problems.isEmpty()) {
            throw new SmsException(problems);
        }
        List<String> written = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        Set<String> files = inLanguage(wanted, repository, language, allLanguages);
        Locale locale = allLanguages ? Locale.ROOT : TemplateSourceChain.locale(language);
        for (String name : files) {
            Path target = targetDirectory.resolve(name);
            // A file the docs repo has already, or a variant of it that the set renders instead (an older
            // sms-scope.md_de.ftl beside the shared sms-scope.md.ftl), is the user's: kept, never overwritten.
            String existing = TemplateSourceChain.variants(name, locale).stream().filter(v -> Files.exists(targetDirectory.resolve(v)))
                    .findFirst().orElse(null);
            if (existing != null) {
                kept.add(existing);
                continue;
            }
            // The file the set really uses: a pack's version before the built-in one.
            TemplateLayer source = sourceOf(repository, name);
            String base = read(source, name);
            String text = base;
            String shared = TemplateSourceChain.sharedName(name);
            if (!shared.equals(name) && !files.contains(shared) && isDocument(shared) && !text.startsWith("<#--\n")) {
                // A language variant carries no metadata; copied alone, it takes its shared template's header, so the
                // copy is the whole document (its header can be edited) and carries the stamp a stale copy is found by.
                text = header(read(sourceOf(repository, shared), shared)) + text;
            }
            try {
                Files.createDirectories(target.getParent());
                // The built-in version stamp says which built-in template a copy started from; a pack's file is not one.
                Files.writeString(target, source.kind() == TemplateLayer.Kind.BUILT_IN ? stamped(text, packVersion) : text);
                // The version the copy starts from, so sms:check finds by content when it changes later and
                // -Dsms.base=true can merge that change into the copy (see OverrideBases).
                Path record = targetDirectory.resolve(OverrideBases.FOLDER + name);
                Files.createDirectories(record.getParent());
                Files.writeString(record, base);
                written.add(name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Result(written, kept);
    }

    /** The layer a file is copied from: the first pack that has it, else the built-in pack. */
    private static TemplateLayer sourceOf(TemplateRepository repository, String file) {
        for (TemplateLayer layer : repository.loader().layers()) {
            if (layer.kind() != TemplateLayer.Kind.PROJECT && layer.has(file)) {
                return layer;
            }
        }
        return repository.loader().builtIn();
    }

    private static boolean isDocument(String name) {
        return name.startsWith("documents/") && name.endsWith(".md.ftl");
    }

    /** A document template's metadata header, the closing line included; empty when it has none. */
    static String header(String template) {
        if (!template.startsWith("<#--\n")) {
            return "";
        }
        int end = template.indexOf("-->");
        int lineEnd = end < 0 ? -1 : template.indexOf('\n', end);
        return end < 0 ? "" : lineEnd < 0 ? template.substring(0, end + 3) + "\n" : template.substring(0, lineEnd + 1);
    }

    private static String read(TemplateLayer layer, String name) {
        try (InputStream in = layer.open(name)) {
            if (in == null) {
                throw new IOException(layer.display(name) + " cannot be read");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built-in files to copy for the wanted templates: the set's language variants, or all of them. */
    private static Set<String> inLanguage(List<String> wanted, TemplateRepository repository, String language, boolean allLanguages) {
        Set<String> files = new LinkedHashSet<>();
        List<String> builtInFiles = allLanguages ? repository.builtInFiles() : List.of();
        Locale locale = TemplateSourceChain.locale(language);
        for (String name : wanted) {
            addInLanguage(files, name, repository, builtInFiles, locale, allLanguages);
            // A template's words come with it: its text catalogue in the same language (or in all of them).
            String catalogue = catalogueOf(name);
            if (catalogue != null && repository.loader().find(catalogue, Locale.ROOT).isPresent()) {
                addInLanguage(files, catalogue, repository, builtInFiles, locale, allLanguages);
            }
        }
        return files;
    }

    /** One file: every language variant the built-in pack has, or the variant the set's language renders. */
    private static void addInLanguage(Set<String> files, String name, TemplateRepository repository, List<String> builtInFiles,
                                      Locale locale, boolean allLanguages) {
        if (allLanguages) {
            files.add(name);
            builtInFiles.stream().filter(f -> !f.equals(name) && TemplateSourceChain.sharedName(f).equals(name)).forEach(files::add);
        } else if (name.endsWith(".ftl")) {
            files.add(repository.loader().find(name, locale).map(TemplateSourceChain.Source::path).orElse(name));
        } else {
            files.add(name);
        }
    }

    /** The text catalogue of a document or section template ({@code documents/sla.text.ftl}); null for other files. */
    static String catalogueOf(String template) {
        if (isDocument(template)) {
            return template.substring(0, template.length() - ".md.ftl".length()) + ".text.ftl";
        }
        if (template.startsWith("sections/") && template.endsWith(".ftl") && !TextCatalogue.isCatalogue(template)) {
            return template.substring(0, template.length() - ".ftl".length()) + ".text.ftl";
        }
        return null;
    }



    /** The language of the set a descriptor describes; English when there is no descriptor yet. */
    public static String languageOf(Path descriptor, String display) {
        if (descriptor == null || !Files.isRegularFile(descriptor)) {
            return "en";
        }
        return new DescriptorLoader().load(descriptor, display).descriptor().sms().language();
    }
}
