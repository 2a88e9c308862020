package io.smsdocs.core.export.html;

import io.smsdocs.core.export.DocumentSet;
import io.smsdocs.core.export.ExportContext;
import io.smsdocs.core.export.Exporter;
import io.smsdocs.core.export.OutputFile;
import io.smsdocs.core.plan.PlannedDocument;
import io.smsdocs.core.render.RenderedDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * site/: the set as a static website. site/&lt;id&gt;.html per document (from the same Markdown as the other
 * formats), and for the set as a whole the dashboard (index.html), the documents by family (documents.html), the
 * clause index (clauses.html), the stylesheet and the charts the documents show. Every link stays inside site/;
 * nothing is loaded from elsewhere, so the folder works offline, from file:// and copied to any web server.
 */
public final class HtmlExporter implements Exporter {

    static final String FOLDER = "site/";
    private static final byte[] STYLESHEET = stylesheet();

    /** The site's dashboard and register pages show the model's registers, plan and charts. */
    @Override
    public boolean readsTemplateModel() {
        return true;
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public List<OutputFile> export(RenderedDocument rendered, ExportContext context) {
        DocumentSet set = requireSet(context);
        SiteIndex index = SiteIndex.of(set);
        PlannedDocument document = rendered.document();
        SiteLabels labels = labels(context);
        String main = "<nav class=\"breadcrumb\" aria-label=\"" + labels.get("site.document.breadcrumb") + "\"><a href=\"documents.html\">"
                + labels.get("site.nav.documents") + "</a> › <a href=\"documents.html#family-" + Html.text(document.kind()) + "\">"
                + Html.text(labels.family(document.kind())) + "</a> › <span>" + Html.text(document.reference()) + "</span></nav>\n"
                + "<article class=\"document\">\n" + DocumentPage.body(index.parsed(document.id())) + "</article>\n";
        List<OutputFile> files = new ArrayList<>();
        files.add(page(SiteIndex.page(document), frame(set, index, labels, context).page(document.title(), PageFrame.Place.DOCUMENT, document, main)));
        // The charts a document shows sit beside the pages; two documents showing one chart write the same bytes.
        new TreeMap<>(rendered.images()).forEach((path, bytes) -> files.add(new OutputFile(FOLDER + path, bytes)));
        return files;
    }

    @Override
    public List<OutputFile> exportSet(DocumentSet set, ExportContext context) {
        SiteIndex index = SiteIndex.of(set);
        SiteLabels labels = labels(context);
        PageFrame frame = frame(set, index, labels, context);
        IndexPages pages = new IndexPages(index, labels);
        String organization = context.descriptor().organization().name();
        return List.of(
                page("index.html", frame.page(labels.raw("site.nav.dashboard"), PageFrame.Place.DASHBOARD, null,
                        new Dashboard(set, index, labels).main(organization))),
                page("documents.html", frame.page(labels.raw("site.documents.title"), PageFrame.Place.DOCUMENTS, null, pages.documents())),
                page("clauses.html", frame.page(labels.raw("site.clauses.title"), PageFrame.Place.CLAUSES, null, pages.clauses())),
                new OutputFile(FOLDER + "style.css", STYLESHEET));
    }

    private static DocumentSet requireSet(ExportContext context) {
        if (context.set() == null) {
            throw new IllegalStateException("the html format needs the whole set: export it through SmsGenerator");
        }
        return context.set();
    }

    private static SiteLabels labels(ExportContext context) {
        return new SiteLabels(context.messages(), context.descriptor().sms().language());
    }

    private static PageFrame frame(DocumentSet set, SiteIndex index, SiteLabels labels, ExportContext context) {
        String footer = set.statusDate() == null ? labels.get("site.statusDate.none")
                : labels.get("site.statusDate", labels.date(set.statusDate()));
        return new PageFrame(index, labels, context.descriptor().organization().name(), footer);
    }

    private static OutputFile page(String name, String html) {
        return new OutputFile(FOLDER + name, html.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] stylesheet() {
        try (InputStream in = HtmlExporter.class.getResourceAsStream("site.css")) {
            if (in == null) {
                throw new IllegalStateException("site.css is missing from the generator's resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
