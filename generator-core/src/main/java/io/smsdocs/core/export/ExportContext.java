package io.smsdocs.core.export;

import io.smsdocs.core.descriptor.model.Descriptor;

import java.nio.file.Path;

/**
 * What exporters may need beyond a document's Markdown: the descriptor (organisation, roles), the
 * folder that relative assets such as the logo are read from, and an optional house-style reference
 * document (null when none). One context serves every document of a set.
 */
public record ExportContext(Descriptor descriptor, Path assetDirectory, Path referenceDocx) {
}
