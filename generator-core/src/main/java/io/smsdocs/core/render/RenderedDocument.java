package io.smsdocs.core.render;

import io.smsdocs.core.plan.PlannedDocument;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A document's Markdown, ready for the exporters, with the generated pictures it links (charts), by the
 * path the Markdown uses for them (images/...).
 *
 * <p>The Markdown is kept once, as the bytes of its Markdown file (UTF-8): the file, the content hash and every
 * exporter read the same bytes, and a set of thousands of services does not hold each document twice, as text and
 * as the file's bytes. {@link #markdown()} decodes them for an exporter that parses the text.
 */
public final class RenderedDocument {

    private final PlannedDocument document;
    private final byte[] markdownUtf8;
    private final Map<String, byte[]> images;

    private RenderedDocument(PlannedDocument document, byte[] markdownUtf8, Map<String, byte[]> images) {
        this.document = document;
        this.markdownUtf8 = markdownUtf8;
        this.images = Map.copyOf(images);
    }

    public RenderedDocument(PlannedDocument document, String markdown) {
        this(document, markdown.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public PlannedDocument document() {
        return document;
    }

    /** The Markdown as text, decoded from the file's bytes on each call: ask once per use. */
    public String markdown() {
        return new String(markdownUtf8, StandardCharsets.UTF_8);
    }

    /** The bytes of the document's Markdown file; shared, never to be changed. */
    public byte[] markdownUtf8() {
        return markdownUtf8;
    }

    public Map<String, byte[]> images() {
        return images;
    }

    public RenderedDocument withImages(Map<String, byte[]> linked) {
        return new RenderedDocument(document, markdownUtf8, linked);
    }
}
