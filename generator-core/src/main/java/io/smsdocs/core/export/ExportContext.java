package io.smsdocs.core.export;

import io.smsdocs.core.descriptor.model.Descriptor;

import java.nio.file.Path;
import java.util.Map;

/**
 * What exporters may need beyond a document's Markdown: the descriptor (organisation, roles), the
 * folder that relative assets such as the logo are read from, an optional house-style reference
 * document (null when none), the house style a template pack ships (used when there is no reference
 * document of the project's own), the fixed texts of the set's language (the table of contents
 * title, "Page 1 of 9"), and the whole set (null outside a generation of one). One context serves every
 * document of a set.
 */
public record ExportContext(Descriptor descriptor, Path assetDirectory, Path referenceDocx, byte[] packReferenceDocx,
                            Map<String, String> messages, DocumentSet set) {

    public ExportContext {
        messages = messages == null ? Map.of() : Map.copyOf(messages);
    }

    public ExportContext(Descriptor descriptor, Path assetDirectory, Path referenceDocx, byte[] packReferenceDocx,
                         Map<String, String> messages) {
        this(descriptor, assetDirectory, referenceDocx, packReferenceDocx, messages, null);
    }

    public ExportContext(Descriptor descriptor, Path assetDirectory, Path referenceDocx) {
        this(descriptor, assetDirectory, referenceDocx, null, Map.of());
    }
}
