package io.smsdocs.core.export;

import io.smsdocs.core.render.RenderedDocument;

import java.util.List;

/** Turns rendered Markdown into the files of one output format. */
public interface Exporter {

    /** The format name users select with sms.formats, e.g. "markdown". */
    String format();

    List<OutputFile> export(RenderedDocument document, ExportContext context);

    /**
     * The files of the set as a whole, written once after every document's (a site's index pages and
     * stylesheet); none for a format whose files are all per document.
     */
    default List<OutputFile> exportSet(DocumentSet set, ExportContext context) {
        return List.of();
    }
}
