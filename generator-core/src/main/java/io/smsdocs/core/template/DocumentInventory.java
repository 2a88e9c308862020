package io.smsdocs.core.template;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which document templates the set has, and what each declares in its metadata header. The built-in
 * inventory comes first, extended or replaced by the packs' pack.yaml, then by the docs repo's
 * {@code documents/} folder. The header is read from the file the set renders in its language; a
 * language variant without a header of its own (the built-in ones have none) takes the header of the shared template.
 */
public final class DocumentInventory {

    static final String DOCUMENTS = "documents/";
    static final String SUFFIX = ".md.ftl";

    private final TemplateSourceChain chain;
    private final PackCatalogue catalogue;

    DocumentInventory(TemplateSourceChain chain, PackCatalogue catalogue) {
        this.chain = chain;
        this.catalogue = catalogue;
    }

    /** The template names of every document, in inventory order. */
    public List<String> names() {
        Set<String> names = new LinkedHashSet<>(catalogue.builtIn().documents());
        catalogue.packs().forEach(pack -> names.addAll(pack.documents()));
        for (TemplateLayer layer : chain.layers()) {
            if (layer.kind() == TemplateLayer.Kind.PROJECT) {
                layer.files().stream().filter(f -> f.startsWith(DOCUMENTS) && f.indexOf('/', DOCUMENTS.length()) < 0 && f.endsWith(SUFFIX))
                        .forEach(names::add);
            }
        }
        return List.copyOf(names);
    }

    /** Every document template with its metadata, as a set in this language sees it; all header problems at once. */
    public List<TemplateMetadata> templates(String language) {
        Locale locale = TemplateSourceChain.locale(language);
        List<TemplateMetadata> templates = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String name : names()) {
            try {
                templates.add(read(name, locale));
            } catch (SmsException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new SmsException(problems);
        }
        return templates;
    }

    private TemplateMetadata read(String name, Locale locale) {
        TemplateSourceChain.Source shared = chain.find(name, Locale.ROOT).orElseThrow(() -> listedButMissing(name));
        Optional<TemplateSourceChain.Source> rendered = chain.find(name, locale);
        if (rendered.isPresent() && !rendered.get().equals(shared)) {
            String text = text(rendered.get());
            if (TemplateMetadataReader.hasHeader(text)) {
                return TemplateMetadataReader.read(name, rendered.get().display(), text);
            }
        }
        return TemplateMetadataReader.read(name, shared.display(), text(shared));
    }

    private SmsException listedButMissing(String name) {
        for (PackCatalogue.Pack pack : catalogue.all()) {
            SourceLocation listed = pack.documentsAt().get(name);
            if (listed != null) {
                return new SmsException(Problem.error(listed, "pack.yaml lists " + name + " but no layer contains it",
                        "add the template to the pack, or remove it from pack.yaml"));
            }
        }
        return new SmsException(Problem.error(SourceLocation.of(chain.display(name)), "no layer contains " + name,
                "add the template or remove it from pack.yaml"));
    }

    static String text(TemplateSourceChain.Source source) {
        try (InputStream in = source.layer().open(source.path())) {
            if (in == null) {
                throw new IOException("the file has gone");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SmsException(Problem.error(new SourceLocation(source.display(), 1, 1),
                    "cannot read the template: " + e.getMessage(), "check the file's permissions"));
        }
    }
}
