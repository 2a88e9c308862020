package io.smsdocs.core.export.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionRemoteGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links between documents of the set. The DOCX links a sibling DOCX ("internal-audit.docx"); in a PDF copy that
 * becomes the sibling PDF in the same folder, and in the set's PDF the first page of that document in the same file.
 */
final class DocumentLinks {

    private DocumentLinks() {
    }

    /** In a document's copy: each link to a DOCX of the set opens that document's PDF beside it. */
    static void toSiblingPdfs(PDDocument pdf, Set<String> ids) {
        forEachLink(pdf, link -> {
            if (link.getAction() instanceof PDActionURI uri) {
                String id = documentId(uri.getURI(), ".docx");
                if (id != null && ids.contains(id)) {
                    PDActionRemoteGoTo remote = new PDActionRemoteGoTo();
                    remote.setFile(new PDSimpleFileSpecification(new COSString(id + ".pdf")));
                    COSArray firstPage = new COSArray();
                    firstPage.add(COSInteger.ZERO);
                    firstPage.add(COSName.getPDFName("Fit"));
                    remote.setD(firstPage);
                    link.setAction(remote);
                }
            }
        });
    }

    /**
     * Puts each page's annotations (the links) in reading order, top to bottom and left to right: LibreOffice writes a
     * page's links to other files in an order that changes from run to run, and the bytes must not.
     */
    static void inReadingOrder(PDDocument pdf) {
        try {
            for (PDPage page : pdf.getPages()) {
                List<PDAnnotation> annotations = new ArrayList<>(page.getAnnotations());
                annotations.sort(Comparator.comparing((PDAnnotation a) -> -Math.round(corner(a)[1] * 100))
                        .thenComparing(a -> Math.round(corner(a)[0] * 100))
                        .thenComparing(a -> a.getContents() == null ? "" : a.getContents()));
                page.setAnnotations(annotations);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The annotation's upper left corner (x, y), or the origin when it has no rectangle. */
    private static float[] corner(PDAnnotation annotation) {
        var rectangle = annotation.getRectangle();
        return rectangle == null ? new float[2] : new float[] {rectangle.getLowerLeftX(), rectangle.getUpperRightY()};
    }

    /** In the set's PDF: each link to a sibling PDF of the set goes to that document's first page in this file. */
    static void toPages(PDDocument set, Map<String, PDPage> firstPages) {
        forEachLink(set, link -> {
            if (link.getAction() instanceof PDActionRemoteGoTo remote) {
                String id = documentId(fileName(remote), ".pdf");
                PDPage page = id == null ? null : firstPages.get(id);
                if (page != null) {
                    link.setAction(goTo(page));
                }
            }
        });
    }

    static PDActionGoTo goTo(PDPage page) {
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(page);
        PDActionGoTo action = new PDActionGoTo();
        action.setDestination(destination);
        return action;
    }

    private static String fileName(PDActionRemoteGoTo remote) {
        try {
            PDFileSpecification file = remote.getFile();
            return file == null ? null : file.getFile();
        } catch (IOException e) {
            return null;
        }
    }

    /** "internal-audit" of "internal-audit.docx" (or a path or URL ending in it); null for any other link. */
    private static String documentId(String target, String extension) {
        if (target == null || !target.endsWith(extension)) {
            return null;
        }
        String name = target.substring(target.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - extension.length());
    }

    private interface LinkVisitor {
        void visit(PDAnnotationLink link) throws IOException;
    }

    private static void forEachLink(PDDocument pdf, LinkVisitor visitor) {
        try {
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        visitor.visit(link);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
