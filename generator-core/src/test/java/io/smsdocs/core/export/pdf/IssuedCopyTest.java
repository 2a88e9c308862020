package io.smsdocs.core.export.pdf;

import io.smsdocs.core.descriptor.DescriptorLoader;
import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.plan.PlannedDocument;
import io.smsdocs.core.plan.DocumentPlanner;
import io.smsdocs.core.template.TemplateRepository;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionRemoteGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finishing of LibreOffice's PDF, without LibreOffice: an office writes a page's links to other files in an
 * order (and with object numbers) that changes from run to run; the issued copy is the same bytes whatever that
 * order, and its links to documents of the set open their PDFs.
 */
class IssuedCopyTest {

    private static final String DESCRIPTOR = """
            organization: {name: Example Services Ltd, shortName: Example}
            sms:
              scope: The SMS covers the hosting services of Example Services Ltd.
              effectiveDate: 2026-03-01
            documents:
              overrides:
                sms-plan: {status: Approved}
            """;

    @Test
    void theOrderInWhichTheOfficeWroteTheLinksDoesNotChangeTheBytes() throws IOException {
        PlannedDocument plan = planned();
        PdfLabels labels = PdfLabels.from(Map.of(), "en");
        Set<String> ids = Set.of("internal-audit", "management-review");
        byte[] docx = "the DOCX".getBytes(StandardCharsets.UTF_8);

        byte[] oneOrder = IssuedCopy.make(officePdf(false), docx, plan, "Example Services Ltd", "2018", labels, ids);
        byte[] otherOrder = IssuedCopy.make(officePdf(true), docx, plan, "Example Services Ltd", "2018", labels, ids);

        assertThat(otherOrder).isEqualTo(oneOrder);
        try (PDDocument copy = Loader.loadPDF(oneOrder)) {
            List<String> targets = new ArrayList<>();
            for (PDAnnotation annotation : copy.getPage(0).getAnnotations()) {
                PDAnnotationLink link = (PDAnnotationLink) annotation;
                targets.add(link.getAction() instanceof PDActionRemoteGoTo remote ? remote.getFile().getFile()
                        : ((PDActionURI) link.getAction()).getURI());
            }
            assertThat(targets).as("in reading order; a link outside the set stays as it was")
                    .containsExactly("internal-audit.pdf", "management-review.pdf", "https://example.com/");
            assertThat(copy.getDocumentInformation().getTitle()).isEqualTo(plan.title());
        }
    }

    /** A page with three links, written in one order or in the reverse order (and so with other object numbers). */
    private static byte[] officePdf(boolean reversed) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            List<PDAnnotation> links = new ArrayList<>(List.of(link("internal-audit.docx", 700), link("management-review.docx", 680),
                    link("https://example.com/", 660)));
            if (reversed) {
                java.util.Collections.reverse(links);
            }
            page.setAnnotations(links);
            pdf.getDocumentInformation().setCreationDate(java.util.Calendar.getInstance());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static PDAnnotationLink link(String uri, float top) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(72, top - 12, 200, 12));
        PDActionURI action = new PDActionURI();
        action.setURI(uri);
        link.setAction(action);
        return link;
    }

    private static PlannedDocument planned() {
        LoadedDescriptor loaded = new DescriptorLoader().load(DESCRIPTOR.getBytes(StandardCharsets.UTF_8), "sms.yaml");
        TemplateRepository templates = TemplateRepository.create(null, null, false, IssuedCopyTest.class.getClassLoader());
        return new DocumentPlanner().plan(loaded, templates.documentTemplates(), templates::displayName).find("sms-plan").orElseThrow();
    }
}
