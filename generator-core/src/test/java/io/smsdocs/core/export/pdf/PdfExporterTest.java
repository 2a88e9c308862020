package io.smsdocs.core.export.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import io.smsdocs.core.testing.FileTrees;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionRemoteGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pdf format on a small northwind set (one office run, six documents): an issued copy per document with its
 * properties, marking, embedded fonts, links and real page numbers in its contents, and the set's PDF with its cover,
 * list of documents and bookmarks; the same input twice gives the same bytes.
 */
class PdfExporterTest {

    static final List<String> KEEP = PdfFixture.NORTHWIND_SMALL;

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void generate() {
        out = PdfFixture.northwindSmall();
    }

    @Test
    void everyDocumentHasAnIssuedCopyListedInTheManifest() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        List<String> ids = new ArrayList<>();
        for (JsonNode document : manifest.get("documents")) {
            String id = document.get("id").asText();
            ids.add(id);
            assertThat(document.get("files").toString()).contains("\"pdf/" + id + ".pdf\"");
            assertThat(out.resolve("pdf/" + id + ".pdf")).isRegularFile();
        }
        assertThat(ids).containsExactlyElementsOf(KEEP);
        assertThat(manifest.get("sha256").has("pdf/northwind-sms-set.pdf")).as("the set's PDF is hashed like every file").isTrue();
    }

    @Test
    void theCopyCarriesTheDocumentsPropertiesAndFixedDates() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/change-management-policy.pdf").toFile())) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Change Management Policy");
            assertThat(info.getAuthor()).isEqualTo("Northwind Managed Services Ltd");
            assertThat(info.getSubject()).isEqualTo("NORTHWIND-POL-02, ISO/IEC 20000-1:2018");
            assertThat(info.getKeywords()).isEqualTo("8.5.1, 8.5.1.1");
            Calendar created = info.getCreationDate();
            created.setTimeZone(TimeZone.getTimeZone("UTC"));
            assertThat(String.format("%tF %<tT", created)).as("the effective date, not the time of the run").isEqualTo("2026-01-15 00:00:00");
            assertThat(info.getModificationDate()).isEqualTo(info.getCreationDate());
        }
        try (PDDocument draft = Loader.loadPDF(out.resolve("pdf/audit-programme.pdf").toFile())) {
            assertThat(draft.getDocumentInformation().getCreationDate()).as("a draft has no date of its own").isNull();
        }
    }

    @Test
    void anApprovedCopyIsMarkedIssuedAndADraftCarriesItsStatusOnEveryPage() {
        List<String> approved = PdfFixture.pages(out.resolve("pdf/change-management-policy.pdf"));
        assertThat(approved).hasSizeGreaterThan(1).allSatisfy(page -> {
            assertThat(page).contains("Issued copy \u2014 uncontrolled when printed");
            assertThat(page).doesNotContain("DRAFT");
        });
        List<String> draft = PdfFixture.pages(out.resolve("pdf/audit-programme.pdf"));
        // Text along the diagonal comes out in pieces ("DR", "AF", "T").
        assertThat(draft).hasSizeGreaterThan(1).allSatisfy(page -> {
            assertThat(page.replaceAll("\\s+", "")).contains("DRAFT");
            assertThat(page).doesNotContain("Issued copy");
        });
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        for (String id : KEEP) {
            try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/" + id + ".pdf").toFile())) {
                for (PDPage page : pdf.getPages()) {
                    PDResources resources = page.getResources();
                    for (var name : resources.getFontNames()) {
                        PDFont font = resources.getFont(name);
                        assertThat(font.isEmbedded()).as("%s in %s", font.getName(), id).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void theContentsListTheRealPageOfEachHeading() {
        for (String id : KEEP) {
            List<String> pages = PdfFixture.pages(out.resolve("pdf/" + id + ".pdf"));
            List<PdfPages.TocEntry> toc = PdfPages.toc(pages, "Contents");
            assertThat(toc).as("contents of %s", id).hasSizeGreaterThan(2);
            assertThat(toc.get(toc.size() - 1).page()).as("%s: the last heading is not on page 1", id).isGreaterThan(1);
            assertThat(PdfPages.misplaced(pages, "Contents")).as("headings of %s not on the page the contents list", id).isEmpty();
        }
    }

    @Test
    void linksToOtherDocumentsOpenTheirPdfs() throws IOException {
        List<String> targets = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/service-management-policy.pdf").toFile())) {
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        if (link.getAction() instanceof PDActionRemoteGoTo remote) {
                            targets.add(remote.getFile().getFile());
                        } else if (link.getAction() instanceof PDActionURI uri) {
                            assertThat(uri.getURI()).as("no link into the office's work folder").doesNotStartWith("file:")
                                    .doesNotEndWith(".docx");
                        }
                    }
                }
            }
        }
        assertThat(targets).contains("change-management-policy.pdf")
                .allSatisfy(target -> assertThat(KEEP).contains(target.replace(".pdf", "")));
    }

    @Test
    void theSetPdfHasTheCoverTheListOfDocumentsAndBookmarks() throws IOException {
        Path set = out.resolve("pdf/northwind-sms-set.pdf");
        List<String> pages = PdfFixture.pages(set);
        assertThat(pages.get(0)).contains("Northwind Managed Services Ltd", "Service management system", "ISO/IEC 20000-1:2018",
                KEEP.size() + " documents", "Effective date: 2026-01-15");
        String list = pages.get(1);
        assertThat(list).contains("Documents of the set", "Document ID", "Title", "Version", "Status", "Page");
        int page = 3;
        for (String id : KEEP) {
            Path copy = out.resolve("pdf/" + id + ".pdf");
            List<String> copyPages = PdfFixture.pages(copy);
            String reference = copyPages.get(0).lines().filter(line -> line.contains("NORTHWIND-")).findFirst().orElseThrow()
                    .replaceAll(".*(NORTHWIND-[A-Z]+-\\d+).*", "$1");
            assertThat(list).as("the list row of %s", id).containsPattern(reference + " .+ \\d\\.\\d (Approved|Draft) " + page + "\\R");
            assertThat(pages.get(page - 1)).as("%s starts on page %d", id, page).isEqualTo(copyPages.get(0));
            page += copyPages.size();
        }
        assertThat(pages).hasSize(page - 1);

        try (PDDocument pdf = Loader.loadPDF(set.toFile())) {
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
            }
            assertThat(top).containsExactly("Documents of the set", "NORTHWIND-POL-01  Service Management Policy",
                    "NORTHWIND-PLN-01  Service Management Plan", "NORTHWIND-PLN-04  SMS Implementation Plan",
                    "NORTHWIND-POL-02  Change Management Policy", "NORTHWIND-PRO-07  Design, Build and Transition Procedure",
                    "NORTHWIND-REG-04  Internal Audit Programme");
            PDOutlineItem policy = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild().getNextSibling();
            List<String> headings = new ArrayList<>();
            for (PDOutlineItem heading : policy.children()) {
                headings.add(heading.getTitle());
                int at = pdf.getPages().indexOf(heading.findDestinationPage(pdf)) + 1;
                assertThat(pages.get(at - 1)).as("bookmark %s", heading.getTitle()).contains(heading.getTitle());
            }
            assertThat(headings).contains("Purpose", "Related documents");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Northwind Managed Services Ltd: Service management system");

            // A link between documents stays inside the file: it goes to the first page of the other document.
            List<Integer> linked = new ArrayList<>();
            for (PDPage p : pdf.getPages()) {
                for (PDAnnotation annotation : p.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        assertThat(link.getAction() instanceof PDActionRemoteGoTo).as("no link leaves the set's file").isFalse();
                        if (link.getAction() instanceof PDActionGoTo goTo && goTo.getDestination() instanceof PDPageDestination d) {
                            linked.add(pdf.getPages().indexOf(d.getPage()) + 1);
                        }
                    }
                }
            }
            assertThat(linked).as("the list rows link the documents' first pages").contains(3);
        }
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        Path again = dir.resolve("again");
        Path descriptor = PdfFixture.northwindSmallDescriptor();
        new SmsGenerator().generate(GenerationRequest.of(descriptor, null, again, List.of("markdown", "docx", "pdf")));
        Map<String, byte[]> first = FileTrees.snapshot(out.resolve("pdf"));
        Map<String, byte[]> second = FileTrees.snapshot(again.resolve("pdf"));
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void aGermanSetIsMarkedInGerman(@TempDir Path german) {
        Path descriptor = PdfFixture.descriptorWithOnly(PdfFixture.NORTHWIND, german, List.of("change-management-policy",
                "audit-programme"), root -> ((ObjectNode) root.get("sms")).put("language", "de"));
        new SmsGenerator().generate(GenerationRequest.of(descriptor, null, german.resolve("out"), List.of("docx", "pdf")));
        assertThat(PdfFixture.pages(german.resolve("out/pdf/change-management-policy.pdf")))
                .allSatisfy(page -> assertThat(page).contains("Ausgegebene Kopie \u2014 ausgedruckt nicht gelenkt"));
        assertThat(PdfFixture.pages(german.resolve("out/pdf/audit-programme.pdf"))).allSatisfy(page -> assertThat(page.replaceAll("\\s+", "")).contains("ENTWURF"));
        List<String> set = PdfFixture.pages(german.resolve("out/pdf/northwind-sms-set.pdf"));
        assertThat(set.get(0)).contains("Servicemanagementsystem", "2 Dokumente");
        assertThat(set.get(1)).contains("Verzeichnis der Dokumente", "Seite");
        assertThat(Files.exists(german.resolve("out/docx/audit-programme.docx"))).isTrue();
    }
}
