package io.smsdocs.core.export.docx;

import io.smsdocs.core.export.ExportContext;
import io.smsdocs.core.render.RenderedDocument;

/** Entry point of the DOCX writer for the exporter. */
public final class DocxWriter {

    private DocxWriter() {
    }

    public static byte[] write(RenderedDocument document, ExportContext context) {
        ImageEmbedder images = new ImageEmbedder(context.assetDirectory());
        return new DocxDocumentWriter(context.descriptor().organization(), images, ReferenceDocuments.read(context.referenceDocx()))
                .write(document);
    }
}
