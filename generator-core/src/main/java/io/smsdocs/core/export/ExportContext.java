package io.smsdocs.core.export;

import io.smsdocs.core.descriptor.model.Descriptor;

import java.nio.file.Path;

/**
 * What exporters may need beyond a document's Markdown: the descriptor (organisation, roles), the
 * folder that relative assets such as the logo are read from, an optional house-style reference
 * document (null when none), and the house style a template pack ships, used when there is no
 * reference document of the project's own. One context serves every document of a set.
 */
public record ExportContext(Descriptor descriptor, Path assetDirectory, Path referenceDocx, byte[] packReferenceDocx) {

    public ExportContext(Descriptor descriptor, Path assetDirectory, Path referenceDocx) {
        this(descriptor, assetDirectory, referenceDocx, null);
    }
}
