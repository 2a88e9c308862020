package io.smsdocs.core.export.xlsx;

import io.smsdocs.core.export.Exporter;
import io.smsdocs.core.export.ExportContext;
import io.smsdocs.core.export.xlsx.XlsxWriter;
import io.smsdocs.core.export.OutputFile;
import io.smsdocs.core.render.RenderedDocument;

import java.util.List;
import java.util.Set;

/**
 * xlsx/<id>.xlsx for documents that are tables at heart (registers, matrices, the catalogue): one sheet
 * per table, for filtering and sorting. Other documents have no workbook.
 */
public final class XlsxExporter implements Exporter {

    static final Set<String> KINDS = Set.of("register", "matrix", "catalogue");

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public List<OutputFile> export(RenderedDocument document, ExportContext context) {
        if (!KINDS.contains(document.document().kind()) && !document.document().template().workbook()) {
            return List.of();
        }
        byte[] workbook = XlsxWriter.write(document, context.descriptor().organization().name(),
                context.messages().getOrDefault("xlsx.cellCut", XlsxWriter.CUT_NOTE));
        return workbook == null ? List.of() : List.of(new OutputFile("xlsx/" + document.document().id() + ".xlsx", workbook));
    }
}
