package io.smsdocs.core.export;

import io.smsdocs.core.render.RenderedDocument;
import io.smsdocs.core.export.OutputFile;

import java.util.List;

/** Turns rendered Markdown into the files of one output format. */
public interface Exporter {

    /** The format name users select with sms.formats, e.g. "markdown". */
    String format();

    List<OutputFile> export(RenderedDocument document, ExportContext context);
}
