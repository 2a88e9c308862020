package io.smsdocs.core.export;

import io.smsdocs.core.render.RenderedDocument;

import java.util.List;
import java.util.Map;

/**
 * A format made from the whole set at once, once every document has its own files: the PDF issued copies come
 * from one office run over the set's DOCX, and the set's binder needs every document. Unlike an {@link Exporter}
 * it may need a tool outside the JVM, which {@link #checkAvailable()} looks for before anything is rendered.
 */
public interface SetExporter {

    /** The format name users select with sms.formats, e.g. "pdf". */
    String format();

    /** Fails with one located problem, saying what to install, when the tool this format needs is missing. */
    void checkAvailable();

    Output export(List<Document> documents, ExportContext context);

    /** A document of the set, in plan order, with the files the per-document exporters made for it. */
    record Document(RenderedDocument rendered, List<OutputFile> files) {

        public Document {
            files = List.copyOf(files);
        }

        /** The file at the path, or null when no exporter made it. */
        public OutputFile file(String path) {
            return files.stream().filter(file -> file.path().equals(path)).findFirst().orElse(null);
        }
    }

    /**
     * What the format wrote: each document's own files by document id (listed with it in the manifest), and
     * files of the set as a whole.
     */
    record Output(Map<String, List<OutputFile>> byDocument, List<OutputFile> set) {

        public Output {
            byDocument = Map.copyOf(byDocument);
            set = List.copyOf(set);
        }
    }
}
