package io.smsdocs.core.export.docx;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.smsdocs.core.descriptor.model.Organization;
import io.smsdocs.core.plan.PlannedDocument;
import io.smsdocs.core.render.RenderedDocument;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one DOCX from a rendered document. The front matter that the templates write (title,
 * document-control table, revision history) opens the document; a table of contents and a page
 * break follow; then the body. Header, footer, core properties and page setup come from the data.
 */
final class DocxDocumentWriter {

    static final String FRONT_MATTER_END = "smsdocs:end-of-front-matter";
    private static final String UNDATED = "2000-01-01T00:00:00Z";

    private final Organization organization;
    private final ImageEmbedder images;
    private final byte[] referenceDocx;

    DocxDocumentWriter(Organization organization, ImageEmbedder images, byte[] referenceDocx) {
        this.organization = organization;
        this.images = images;
        this.referenceDocx = referenceDocx;
    }

    byte[] write(RenderedDocument rendered) {
        try (XWPFDocument document = newDocument()) {
            DocxStyles.ensure(document, referenceDocx == null);
            DocxNumbering numbering = new DocxNumbering(document);
            BodyWriter body = new BodyWriter(document, new InlineWriter(images), numbering);
            Document ast = MarkdownAst.parse(rendered.markdown());
            boolean frontMatter = hasFrontMatter(ast);
            for (Node node = ast.getFirstChild(); node != null; node = node.getNext()) {
                if (isFrontMatterEnd(node)) {
                    tableOfContents(document, node);
                    frontMatter = false;
                    continue;
                }
                body.block(node, BodyWriter.Context.BODY, frontMatter);
            }
            PlannedDocument planned = rendered.document();
            HeaderFooterWriter.write(document, organization.name(), planned.reference(), planned.control().classification(),
                    images, organization.logo());
            pageSetup(document);
            document.enforceUpdateFields();
            properties(document, planned);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return ZipNormalizer.normalize(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private XWPFDocument newDocument() throws IOException {
        if (referenceDocx == null) {
            return new XWPFDocument();
        }
        // The house style: its styles, numbering, page setup, header and footer parts; its text goes.
        XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(referenceDocx));
        while (!document.getBodyElements().isEmpty()) {
            document.removeBodyElement(0);
        }
        return document;
    }

    /** "Contents", the TOC field listing the body's headings, and a page break before the body. */
    private void tableOfContents(XWPFDocument document, Node marker) {
        List<Fields.TocEntry> entries = new ArrayList<>();
        for (Node node = marker.getNext(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() >= 2 && heading.getLevel() <= 4) {
                entries.add(new Fields.TocEntry(heading.getLevel() - 1, new TextCollectingVisitor().collectAndGetText(heading)));
            }
        }
        XWPFParagraph heading = document.createParagraph();
        heading.setStyle(DocxStyles.TOC_HEADING);
        heading.createRun().setText("Contents");
        Fields.tableOfContents(document::createParagraph, entries);
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private static boolean hasFrontMatter(Document ast) {
        for (Node node = ast.getFirstChild(); node != null; node = node.getNext()) {
            if (isFrontMatterEnd(node)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFrontMatterEnd(Node node) {
        return node instanceof HtmlCommentBlock && node.getChars().toString().contains(FRONT_MATTER_END);
    }

    private void pageSetup(XWPFDocument document) {
        var body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        if (referenceDocx != null && section.isSetPgSz()) {
            return; // the reference document decides page size and margins
        }
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1134));
        margins.setRight(BigInteger.valueOf(1134));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);
    }

    /** Core properties from the descriptor, never from the clock, so reruns give the same bytes. */
    private void properties(XWPFDocument document, PlannedDocument planned) {
        var core = document.getProperties().getCoreProperties();
        core.setTitle(planned.title());
        core.setCreator(organization.name());
        core.setIdentifier(planned.reference());
        core.setRevision(planned.control().version());
        core.setContentStatus(planned.control().status());
        LocalDate effective = planned.control().effectiveDate();
        String timestamp = effective == null ? UNDATED : effective + "T00:00:00Z";
        try {
            core.setCreated(timestamp);
            core.setModified(timestamp);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
