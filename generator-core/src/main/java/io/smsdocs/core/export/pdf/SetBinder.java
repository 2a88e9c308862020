package io.smsdocs.core.export.pdf;

import io.smsdocs.core.export.docx.ImageLoader;
import io.smsdocs.core.plan.PlannedDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole set as one PDF: the cover, the list of documents, then every issued copy in register order, with a
 * bookmark per document holding the bookmarks of its headings, and links between documents that stay in the file.
 */
final class SetBinder {

    /** A document's issued copy, in the order of the set. */
    record Copy(PlannedDocument document, byte[] pdf) {
    }

    /** What the set PDF says about the set. @param effectiveDate the set's date, or null */
    record SetInfo(String organization, ImageLoader.Picture logo, String edition, LocalDate effectiveDate) {
    }

    /** A bookmark read from a copy: its title, page (counting from 0 in the copy), top (or null) and children. */
    private record Bookmark(String title, int page, Float top, List<Bookmark> children) {
    }

    private SetBinder() {
    }

    static byte[] bind(List<Copy> copies, SetInfo info, PdfLabels labels) {
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument set = new PDDocument()) {
            List<List<Bookmark>> bookmarks = new ArrayList<>();
            for (Copy copy : copies) {
                PDDocument source = Loader.loadPDF(copy.pdf());
                sources.add(source);
                bookmarks.add(bookmarks(source));
            }
            PDRectangle pageSize = sources.isEmpty() ? PDRectangle.A4 : sources.get(0).getPage(0).getMediaBox();
            PdfFonts fonts = new PdfFonts(set);
            List<FrontPages.Entry> entries = entries(copies, sources, 0);
            FrontPages front = new FrontPages(labels, fonts, pageSize, entries);
            int frontPages = 1 + front.listPages(entries);
            entries = entries(copies, sources, frontPages);
            front.drawCover(set, cover(copies, info));
            List<FrontPages.Row> rows = front.drawList(set, entries);
            CopyMarking.issued(labels).apply(set, fonts);

            PDFMergerUtility merger = new PDFMergerUtility();
            for (PDDocument source : sources) {
                // The copy's own bookmarks are rebuilt below, under the document's bookmark.
                source.getDocumentCatalog().setDocumentOutline(null);
                merger.appendDocument(set, source);
            }
            Map<String, PDPage> firstPages = new LinkedHashMap<>();
            for (FrontPages.Entry entry : entries) {
                firstPages.put(entry.id(), set.getPage(entry.firstPage() - 1));
            }
            linkRows(rows, firstPages);
            DocumentLinks.toPages(set, firstPages);
            outline(set, entries, bookmarks, rows.isEmpty() ? null : rows.get(0).page(), labels);

            // The merge copies the first document's properties; the set has its own.
            PDDocumentInformation properties = new PDDocumentInformation();
            set.setDocumentInformation(properties);
            properties.setProducer(copies.isEmpty() ? null : sources.get(0).getDocumentInformation().getProducer());
            properties.setTitle(info.organization() + ": " + labels.setTitle());
            properties.setAuthor(info.organization());
            properties.setSubject("ISO/IEC 20000-1:" + info.edition());
            properties.setCreator("smsdocs");
            set.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            set.getDocumentCatalog().setLanguage(labels.locale().toLanguageTag());
            byte[][] seed = new byte[copies.size() + 1][];
            seed[0] = properties.getTitle().getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < copies.size(); i++) {
                seed[i + 1] = copies.get(i).pdf();
            }
            return FixedPdf.save(set, info.effectiveDate(), seed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the set's PDF: " + e.getMessage(), e);
        } finally {
            for (PDDocument source : sources) {
                try {
                    source.close();
                } catch (IOException ignored) {
                    // Closing releases memory only; the set is written or failed already.
                }
            }
        }
    }

    private static List<FrontPages.Entry> entries(List<Copy> copies, List<PDDocument> sources, int frontPages) {
        List<FrontPages.Entry> entries = new ArrayList<>();
        int page = frontPages + 1;
        for (int i = 0; i < copies.size(); i++) {
            PlannedDocument document = copies.get(i).document();
            entries.add(new FrontPages.Entry(document.id(), document.reference(), document.title(), document.control().version(),
                    document.control().status(), page));
            page += sources.get(i).getNumberOfPages();
        }
        return entries;
    }

    private static FrontPages.Cover cover(List<Copy> copies, SetInfo info) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        copies.forEach(copy -> byStatus.merge(copy.document().control().status(), 1, Integer::sum));
        List<String> counts = new ArrayList<>();
        byStatus.forEach((status, n) -> counts.add(status + " " + n));
        return new FrontPages.Cover(info.organization(), info.logo(), info.edition(), counts, copies.size(),
                info.effectiveDate() == null ? null : info.effectiveDate().toString());
    }

    private static void linkRows(List<FrontPages.Row> rows, Map<String, PDPage> firstPages) throws IOException {
        for (FrontPages.Row row : rows) {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(row.area());
            PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
            noBorder.setWidth(0);
            link.setBorderStyle(noBorder);
            link.setAction(DocumentLinks.goTo(firstPages.get(row.id())));
            row.page().getAnnotations().add(link);
        }
    }

    /** "Documents of the set", then per document "REF Title" with the bookmarks of its headings. */
    private static void outline(PDDocument set, List<FrontPages.Entry> entries, List<List<Bookmark>> bookmarks, PDPage listPage,
                                PdfLabels labels) {
        PDDocumentOutline outline = new PDDocumentOutline();
        set.getDocumentCatalog().setDocumentOutline(outline);
        if (listPage != null) {
            outline.addLast(item(labels.documentList(), fit(listPage)));
        }
        for (int i = 0; i < entries.size(); i++) {
            FrontPages.Entry entry = entries.get(i);
            PDOutlineItem document = item(entry.reference() + "  " + entry.title(), fit(set.getPage(entry.firstPage() - 1)));
            outline.addLast(document);
            addAll(set, document, bookmarks.get(i), entry.firstPage() - 1);
        }
    }

    private static void addAll(PDDocument set, PDOutlineNode parent, List<Bookmark> bookmarks, int offset) {
        for (Bookmark bookmark : bookmarks) {
            PDPage page = set.getPage(offset + bookmark.page());
            PDPageDestination destination;
            if (bookmark.top() != null) {
                PDPageXYZDestination xyz = new PDPageXYZDestination();
                xyz.setPage(page);
                xyz.setTop(Math.round(bookmark.top()));
                destination = xyz;
            } else {
                destination = fit(page);
            }
            PDOutlineItem item = item(bookmark.title(), destination);
            parent.addLast(item);
            addAll(set, item, bookmark.children(), offset);
        }
    }

    private static PDOutlineItem item(String title, PDPageDestination destination) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        return item;
    }

    private static PDPageFitDestination fit(PDPage page) {
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(page);
        return destination;
    }

    /** The copy's bookmarks (LibreOffice makes one per heading), by page number, so they survive the merge. */
    private static List<Bookmark> bookmarks(PDDocument source) throws IOException {
        PDDocumentOutline outline = source.getDocumentCatalog().getDocumentOutline();
        return outline == null ? List.of() : bookmarks(source, outline);
    }

    private static List<Bookmark> bookmarks(PDDocument source, PDOutlineNode node) throws IOException {
        List<Bookmark> bookmarks = new ArrayList<>();
        for (PDOutlineItem item : node.children()) {
            PDDestination destination = item.getDestination();
            if (destination == null && item.getAction() instanceof PDActionGoTo goTo) {
                destination = goTo.getDestination();
            }
            PDPage page = item.findDestinationPage(source);
            int index = page == null ? -1 : source.getPages().indexOf(page);
            if (index < 0) {
                continue;
            }
            Float top = destination instanceof PDPageXYZDestination xyz && xyz.getTop() >= 0 ? (float) xyz.getTop() : null;
            bookmarks.add(new Bookmark(item.getTitle(), index, top, bookmarks(source, item)));
        }
        return bookmarks;
    }
}
