package io.smsdocs.core.export.docx;

import io.smsdocs.core.export.markdown.MarkdownAst;
import io.smsdocs.core.export.DeflatedPart;
import io.smsdocs.core.export.ExportContext;
import io.smsdocs.core.render.RenderedDocument;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Entry point of the DOCX writer: parses the Markdown, writes the body, and assembles it with the
 * package template of the set, which is built once per organisation, logo, house style and language.
 */
public final class DocxWriter {

    private static final Map<TemplateKey, PackageTemplate> TEMPLATES = Collections.synchronizedMap(
            new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<TemplateKey, PackageTemplate> eldest) {
                    return size() > 4;
                }
            });

    private DocxWriter() {
    }

    public static byte[] write(RenderedDocument document, ExportContext context) {
        return write(document.markdown(), Paper.of(document.document()), document.images(), context);
    }

    /**
     * A paper made beside the set's documents, from Markdown, with the set's styles, header and footer (its house
     * style too): the evidence pack's clause index, a change summary for the management review. Its tables, headings
     * and lead-in lines are laid out as a document's are.
     */
    public static byte[] writePaper(String markdown, Paper paper, ExportContext context) {
        return write(markdown, paper, Map.of(), context);
    }

    /** @param pictures the generated pictures the Markdown links (charts), beside the files of the docs repo */
    private static byte[] write(String markdown, Paper paper, Map<String, byte[]> pictures, ExportContext context) {
        ImageLoader images = new ImageLoader(context.assetDirectory());
        DocxLabels labels = DocxLabels.from(context.messages());
        PackageTemplate template = templateFor(context, images, labels);
        DocumentAdditions additions = new DocumentAdditions(template);
        DeflatedPart document = DocxAssembler.startDocument();
        new BodyXmlWriter(additions, images.with(pictures), labels, template.textWidth(), template.metrics(),
                piece -> document.writeUtf8(template.withStyleIds(piece))).write(MarkdownAst.parse(markdown));
        return DocxAssembler.assemble(template, paper, document, additions, context.descriptor().organization().name());
    }

    /** The template of the set being exported: every document of a set shares its context, so logo and house style are read once. */
    private record LastSet(ExportContext context, PackageTemplate template) {
    }

    private static volatile LastSet last;

    private static PackageTemplate templateFor(ExportContext context, ImageLoader images, DocxLabels labels) {
        LastSet current = last;
        if (current != null && current.context() == context) {
            return current.template();
        }
        var organization = context.descriptor().organization();
        byte[] reference = context.referenceDocx() != null ? ReferenceDocuments.read(context.referenceDocx()) : context.packReferenceDocx();
        ImageLoader.Picture logo = images.load(organization.logo());
        String language = DocxLanguage.tag(context.descriptor().sms().language());
        PackageTemplate template = TEMPLATES.computeIfAbsent(
                new TemplateKey(organization.name(), logo == null ? null : logo.bytes(), reference, labels, language),
                key -> builtInOrBuild(organization.name(), logo, reference, labels, language));
        last = new LastSet(context, template);
        return template;
    }

    /** The prebuilt template of the built-in style where there is one for these texts; POI builds any other. */
    private static PackageTemplate builtInOrBuild(String organization, ImageLoader.Picture logo, byte[] reference, DocxLabels labels,
                                                  String language) {
        PackageTemplate builtIn = logo == null && reference == null ? BuiltInPackages.find(organization, labels, language) : null;
        return builtIn != null ? builtIn : PackageTemplate.build(organization, logo, reference, labels, language);
    }

    /** What the shared parts depend on, by content, so an edited logo or house style is never served stale. */
    private record TemplateKey(String organization, byte[] logo, byte[] reference, DocxLabels labels, String language) {
        @Override
        public boolean equals(Object other) {
            return other instanceof TemplateKey key && organization.equals(key.organization) && Arrays.equals(logo, key.logo)
                    && Arrays.equals(reference, key.reference) && labels.equals(key.labels) && language.equals(key.language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organization, Arrays.hashCode(logo), Arrays.hashCode(reference), labels, language);
        }
    }
}
