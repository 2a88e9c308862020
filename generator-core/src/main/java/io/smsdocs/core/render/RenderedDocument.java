package io.smsdocs.core.render;

import io.smsdocs.core.plan.PlannedDocument;

import java.util.Map;

/**
 * A document's Markdown, ready for the exporters, with the generated pictures it links (charts), by the
 * path the Markdown uses for them (images/...).
 */
public record RenderedDocument(PlannedDocument document, String markdown, Map<String, byte[]> images) {

    public RenderedDocument {
        images = Map.copyOf(images);
    }

    public RenderedDocument(PlannedDocument document, String markdown) {
        this(document, markdown, Map.of());
    }

    public RenderedDocument withImages(Map<String, byte[]> linked) {
        return new RenderedDocument(document, markdown, linked);
    }
}
