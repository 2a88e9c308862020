package io.smsdocs.core.api;

import io.smsdocs.core.export.ExportContext;
import io.smsdocs.core.export.clauseindex.ClauseIndex;
import io.smsdocs.core.export.clauseindex.ClauseIndexDocx;
import io.smsdocs.core.export.clauseindex.ClauseIndexHtml;
import io.smsdocs.core.standard.ClauseCatalogue;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 5: the evidence pack indexed by clause, as the auditor reads it. The DOCX is reopened and read in
 * order (a heading per clause, its tables, a clause no document addresses), the HTML parsed with jsoup.
 */
class ClauseIndexTest {

    /**
     * ReleaseHistoryTest's hosting provider, classified Internal, with its SLA approved; the problem management procedure is
     * left out, so problem management (8.6.3) loses its procedure.
     */
    static final String DESCRIPTOR = ReleaseHistoryTest.DESCRIPTOR.replace("approver: md}", "approver: md, classification: Internal}")
            + """
            documents:
              overrides:
                sla: {status: Approved}
            """;

    private static final ClauseIndex.Release RELEASE = new ClauseIndex.Release("sms-v2", "Ann Lee", LocalDate.of(2026, 6, 1),
            "Approved: higher availability for Acme");
    private static final Function<String, String> LINK = id -> "../set/docx/" + id + ".docx";

    @TempDir
    Path folder;

    /** The set as exported, through the same hook the evidence pack uses. */
    private ExportContext exported(String descriptor, String name) throws IOException {
        Path sms = folder.resolve(name + "/sms.yaml");
        Files.createDirectories(sms.getParent());
        Files.writeString(sms, descriptor);
        AtomicReference<ExportContext> context = new AtomicReference<>();
        new SmsGenerator().generate(GenerationRequest.builder(sms, folder.resolve(name + "/out")).formats(List.of("markdown"))
                .releaseTags("").force(true).build(), null, context::set);
        return context.get();
    }

    @Test
    void eachClauseIsAHeadingWithTheDocumentsThatAddressItTheirApprovalAndTheRecordsThatEvidenceIt() throws IOException {
        ExportContext context = exported(DESCRIPTOR, "set");
        ClauseIndex index = ClauseIndex.of(context.set(), "en", RELEASE);
        byte[] docx = ClauseIndexDocx.write(index, context, LINK);
        dump("clause-index.docx", docx);

        List<String> clauses = ClauseCatalogue.forEdition("2018").numbers();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<IBodyElement> body = document.getBodyElements();
            List<String> headings = new ArrayList<>();
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i) instanceof XWPFParagraph p && p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                    headings.add(p.getText());
                    // Under each heading: its documents' table, or the line that says no document addresses it.
                    IBodyElement next = body.get(i + 1);
                    if (next instanceof XWPFTable table) {
                        assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText())
                                .containsExactly("Document", "Sections", "Version", "Approved on", "Approved by");
                        assertThat(table.getCTTbl().getTblPr().getTblStyle().getVal()).isEqualTo("SmsTable");
                        assertThat(table.getRow(0).getCtRow().getTrPr().getTblHeaderList()).isNotEmpty();
                    } else {
                        assertThat(((XWPFParagraph) next).getText()).isEqualTo("No document of the set addresses this clause.");
                    }
                }
            }
            assertThat(headings).hasSize(clauses.size());
            for (int i = 0; i < clauses.size(); i++) {
                assertThat(headings.get(i)).startsWith(clauses.get(i) + " ");
            }
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("Clause index: ISO/IEC 20000-1:2018");
            // The SLA addresses 8.3.3 with its version, the day of its approval and the approver (no release: the approving role).
            XWPFTable slaTable = tableAfter(document, "8.3.3 ");
            List<String> sla = slaTable.getRows().stream().map(r -> r.getTableCells().stream().map(c -> c.getText()).toList())
                    .filter(r -> r.get(0).startsWith("Service Level Agreement: Cloud Hosting")).findFirst().orElseThrow();
            assertThat(sla.get(2)).isEqualTo("1.0");
            assertThat(sla.get(3)).isEqualTo("2026-01-15");
            assertThat(sla.get(4)).isEqualTo("Managing Director (Ann Lee)");
            // Records under their clause: incident records at 8.6.1, with where they are held, owner and retention.
            XWPFTable records = tableAfter(document, "8.6.1 ", 2);
            assertThat(records.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactly("Record", "Held in", "Owner", "Retention");
            assertThat(records.getRows()).extracting(r -> r.getCell(0).getText()).contains("Incident records");
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("Every clause is addressed by at least one document of the set.");
        }
    }

    @Test
    void aClauseNoDocumentAddressesIsListedAsSuchInTheDocxAndTheHtml() throws IOException {
        // The first clause a single document addresses loses it: the set leaves that document out.
        ClauseIndex.Entry single = ClauseIndex.of(exported(DESCRIPTOR, "full").set(), "en", RELEASE).clauses().stream()
                .filter(e -> e.documents().size() == 1).findFirst().orElseThrow();
        String gap = single.number();
        ExportContext context = exported(DESCRIPTOR.replace("documents:\n", "documents:\n  exclude: [" + single.documents().get(0).id() + "]\n"), "gap");
        ClauseIndex index = ClauseIndex.of(context.set(), "en", RELEASE);
        assertThat(index.uncovered()).extracting(ClauseIndex.Entry::number).contains(gap);
        byte[] docx = ClauseIndexDocx.write(index, context, LINK);
        dump("clause-index-gap.docx", docx);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<IBodyElement> body = document.getBodyElements();
            int heading = indexOfHeading(body, gap + " ");
            assertThat(((XWPFParagraph) body.get(heading + 1)).getText()).isEqualTo("No document of the set addresses this clause.");
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText).anyMatch(t -> t.startsWith("Clauses that no document addresses: " + gap));
        }
        org.jsoup.nodes.Document html = Jsoup.parse(new String(ClauseIndexHtml.write(index, context.messages(), LINK), StandardCharsets.UTF_8));
        Element section = html.getElementById("clause-" + gap.replace('.', '-'));
        assertThat(section).isNotNull();
        assertThat(section.parent().select("strong.flag").text()).isEqualTo("No document of the set addresses this clause.");
        assertThat(html.select("p > strong.flag a").eachAttr("href")).contains("#clause-" + gap.replace('.', '-'));
    }

    @Test
    void theHtmlHasOneHeadingWithAUniqueIdPerClauseAndLinksOnlyToTheSetsDocxInThePack() throws IOException {
        ExportContext context = exported(DESCRIPTOR, "set");
        ClauseIndex index = ClauseIndex.of(context.set(), "en", RELEASE);
        byte[] bytes = ClauseIndexHtml.write(index, context.messages(), LINK);
        dump("clause-index.html", bytes);
        org.jsoup.nodes.Document html = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));

        List<String> ids = html.select("[id]").eachAttr("id");
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        for (String clause : ClauseCatalogue.forEdition("2018").numbers()) {
            Element heading = html.getElementById("clause-" + clause.replace('.', '-'));
            assertThat(heading).as(clause).isNotNull();
            assertThat(heading.tagName()).matches("h[234]");
            assertThat(heading.text()).startsWith(clause + " ");
        }
        Set<String> documentIds = new HashSet<>();
        context.set().plan().documents().forEach(d -> documentIds.add(d.id()));
        for (String href : html.select("a[href]").eachAttr("href")) {
            if (href.startsWith("#")) {
                assertThat(html.getElementById(href.substring(1))).as(href).isNotNull();
            } else {
                assertThat(href).startsWith("../set/docx/").endsWith(".docx");
                assertThat(documentIds).contains(href.substring("../set/docx/".length(), href.length() - ".docx".length()));
            }
        }
        // Self-contained: the stylesheet inline, nothing fetched.
        assertThat(html.select("link, script, img")).isEmpty();
        assertThat(html.select("style")).hasSize(1);
        assertThat(html.select("table.release td").eachText()).contains("sms-v2", "Ann Lee", "2026-06-01");
    }

    @Test
    void theSameSetGivesTheSameBytes() throws IOException {
        ExportContext first = exported(DESCRIPTOR, "one");
        ExportContext second = exported(DESCRIPTOR, "two");
        ClauseIndex a = ClauseIndex.of(first.set(), "en", RELEASE);
        ClauseIndex b = ClauseIndex.of(second.set(), "en", RELEASE);
        assertThat(ClauseIndexDocx.write(b, second, LINK)).isEqualTo(ClauseIndexDocx.write(a, first, LINK));
        assertThat(ClauseIndexHtml.write(b, second.messages(), LINK)).isEqualTo(ClauseIndexHtml.write(a, first.messages(), LINK));
    }

    @Test
    void aGermanSetHasAGermanIndex() throws IOException {
        ExportContext context = exported(DESCRIPTOR.replace("sms:\n", "sms:\n  language: de\n"), "de");
        ClauseIndex index = ClauseIndex.of(context.set(), "de", RELEASE);
        byte[] docx = ClauseIndexDocx.write(index, context, LINK);
        dump("clause-index-de.docx", docx);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("Index nach Normabschnitten: ISO/IEC 20000-1:2018");
            assertThat(document.getTables().get(1).getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("Dokument", "Kapitel", "Version", "Freigegeben am", "Freigegeben von");
        }
        org.jsoup.nodes.Document html = Jsoup.parse(new String(ClauseIndexHtml.write(index, context.messages(), LINK), StandardCharsets.UTF_8));
        assertThat(html.select("html").attr("lang")).isEqualTo("de");
        assertThat(html.select("h1").text()).isEqualTo("Index nach Normabschnitten: ISO/IEC 20000-1:2018");
        assertThat(html.select("table.release th").eachText()).contains("Freigegeben von", "Freigegeben am");
        assertThat(html.select("table.release td").eachText()).contains("01.06.2026");
        assertThat(html.select("table.records caption").eachText()).contains("Aufzeichnungen, die den Abschnitt nachweisen:");
    }

    @Test
    void a2011SetIsIndexedByThe2011ClausesWithItsRecordsMapped() throws IOException {
        ExportContext context = exported(DESCRIPTOR.replace("sms:\n", "sms:\n  edition: \"2011\"\n"), "e2011");
        ClauseIndex index = ClauseIndex.of(context.set(), "en", RELEASE);
        assertThat(index.standard()).isEqualTo("ISO/IEC 20000-1:2011");
        assertThat(index.clauses()).extracting(ClauseIndex.Entry::number).isEqualTo(ClauseCatalogue.forEdition("2011").numbers());
        // The availability records name 6.3.3 in the matrix of a 2011 set.
        assertThat(index.clauses().stream().filter(e -> e.number().equals("6.3.3")).findFirst().orElseThrow().records())
                .extracting(ClauseIndex.Evidence::record).isNotEmpty();
    }

    private static XWPFTable tableAfter(XWPFDocument document, String headingStart) {
        return tableAfter(document, headingStart, 1);
    }

    /** The n-th table after the heading that starts so, before the next heading. */
    private static XWPFTable tableAfter(XWPFDocument document, String headingStart, int n) {
        List<IBodyElement> body = document.getBodyElements();
        int seen = 0;
        for (int i = indexOfHeading(body, headingStart) + 1; i < body.size(); i++) {
            if (body.get(i) instanceof XWPFParagraph p && p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                break;
            }
            if (body.get(i) instanceof XWPFTable table && ++seen == n) {
                return table;
            }
        }
        throw new AssertionError("no table " + n + " under " + headingStart);
    }

    private static int indexOfHeading(List<IBodyElement> body, String start) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof XWPFParagraph p && p.getStyle() != null && p.getStyle().startsWith("Heading")
                    && p.getText().startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no heading " + start);
    }

    /** For a look at the pages: -Dclauseindex.dump=<folder>. */
    private static void dump(String name, byte[] bytes) throws IOException {
        String target = System.getProperty("clauseindex.dump");
        if (target != null) {
            Files.createDirectories(Path.of(target));
            Files.write(Path.of(target, name), bytes);
        }
    }
}
