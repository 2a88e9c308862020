package io.smsdocs.core.export;

import io.smsdocs.core.descriptor.model.Descriptor;
import io.smsdocs.core.plan.DocumentPlan;

import java.nio.file.Path;

/**
 * What exporters may need beyond a document's Markdown: the descriptor (organisation, roles), the
 * whole set (for links), the folder that relative assets such as the logo are read from, and an
 * optional house-style reference document (null when none).
 */
public record ExportContext(Descriptor descriptor, DocumentPlan plan, Path assetDirectory, Path referenceDocx) {
}
