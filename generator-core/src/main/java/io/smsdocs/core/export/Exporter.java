package io.smsdocs.core.export;

import io.smsdocs.core.render.RenderedDocument;

import java.util.List;

/** Turns rendered Markdown into the files of one output format. */
public interface Exporter {

    /** The format name users select with sms.formats, e.g. "markdown". */
    String format();

    List<OutputFile> export(RenderedDocument document, ExportContext context);

    /**
     * Whether this format reads the set's template model ({@link DocumentSet#model()}). The model of a set of
     * thousands of services is a sixth of what the heap holds while the set is exported: it is kept past the
     * rendering only when a selected format reads it.
     */
    default boolean readsTemplateModel() {
        return false;
    }

    /**
     * The files of the set as a whole, written once after every document's (a site's index pages and
     * stylesheet); none for a format whose files are all per document.
     */
    default List<OutputFile> exportSet(DocumentSet set, ExportContext context) {
        return List.of();
    }
}
