package io.smsdocs.core.export.markdown;

import io.smsdocs.core.export.Exporter;
import io.smsdocs.core.export.ExportContext;
import io.smsdocs.core.export.OutputFile;
import io.smsdocs.core.render.RenderedDocument;

import java.util.List;

/** markdown/<id>.md: the rendered Markdown as it is; links between documents are sibling-relative. */
public final class MarkdownExporter implements Exporter {

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public List<OutputFile> export(RenderedDocument document, ExportContext context) {
        List<OutputFile> files = new java.util.ArrayList<>();
        files.add(new OutputFile("markdown/" + document.document().markdownFile(), document.markdownUtf8()));
        // Charts sit beside the documents that link them; two documents linking one chart write the same bytes.
        new java.util.TreeMap<>(document.images()).forEach((path, bytes) -> files.add(new OutputFile("markdown/" + path, bytes)));
        return files;
    }
}
