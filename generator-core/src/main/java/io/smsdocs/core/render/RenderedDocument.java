package io.smsdocs.core.render;

import io.smsdocs.core.plan.PlannedDocument;

/** A document's Markdown, ready for the exporters. */
public record RenderedDocument(PlannedDocument document, String markdown) {
}
