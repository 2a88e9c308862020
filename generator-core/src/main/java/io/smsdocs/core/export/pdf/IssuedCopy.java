package io.smsdocs.core.export.pdf;

import io.smsdocs.core.plan.PlannedDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Makes LibreOffice's PDF of a document its issued copy: the document properties (title, author, subject, the
 * clauses as keywords), the marking on every page, links to the other documents as links to their PDFs (in reading
 * order), the bookmarks shown on opening, and fixed dates and identifier.
 */
final class IssuedCopy {

    private IssuedCopy() {
    }

    /**
     * @param officePdf    the office's PDF of the document
     * @param docx         the DOCX it was made from, which the file identifier is derived from
     * @param organization the author
     * @param edition      the edition of ISO/IEC 20000-1 the set follows ("2018")
     * @param ids          the ids of the documents in the set, whose links are rewritten
     */
    static byte[] make(byte[] officePdf, byte[] docx, PlannedDocument document, String organization, String edition, PdfLabels labels,
                       Set<String> ids) {
        try (PDDocument pdf = Loader.loadPDF(officePdf)) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(document.title());
            info.setAuthor(organization);
            info.setSubject(subject(document, edition));
            info.setKeywords(String.join(", ", document.citedClauses()));
            info.setCreator("smsdocs");
            CopyMarking marking = CopyMarking.of(document.control(), labels);
            marking.apply(pdf, new PdfFonts(pdf));
            DocumentLinks.toSiblingPdfs(pdf, ids);
            DocumentLinks.inReadingOrder(pdf);
            pdf.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            return FixedPdf.save(pdf, document.control().effectiveDate(), docx,
                    String.valueOf(marking).getBytes(StandardCharsets.UTF_8), info.getSubject().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read LibreOffice's PDF of " + document.id() + ": " + e.getMessage(), e);
        }
    }

    /** "NORTHWIND-REG-04, ISO/IEC 20000-1:2018": the controlled reference and the standard it serves. */
    static String subject(PlannedDocument document, String edition) {
        return document.reference() + ", ISO/IEC 20000-1:" + edition;
    }
}
