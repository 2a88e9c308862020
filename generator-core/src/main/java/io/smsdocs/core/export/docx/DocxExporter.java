package io.smsdocs.core.export.docx;

import io.smsdocs.core.export.Exporter;
import io.smsdocs.core.export.ExportContext;
import io.smsdocs.core.export.docx.DocxWriter;
import io.smsdocs.core.export.OutputFile;
import io.smsdocs.core.render.RenderedDocument;

import java.util.List;

/** docx/<id>.docx: a Word document built from the rendered Markdown, one writer per node family. */
public final class DocxExporter implements Exporter {

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public List<OutputFile> export(RenderedDocument document, ExportContext context) {
        return List.of(new OutputFile("docx/" + document.document().id() + ".docx", DocxWriter.write(document, context)));
    }
}
