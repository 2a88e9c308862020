package io.smsdocs.core.export.redline;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Writes Word's tracked-change markup into the new document: w:ins around inserted runs, w:del elements,
 * paragraph marks and table rows marked inserted or deleted. Every change carries the author, the date (UTC,
 * whole seconds) and an id unique in the document, numbered in document order so the same inputs give the
 * same bytes.
 */
final class TrackedChangeWriter {

    private final Document document;
    private final String prefix;
    private final String author;
    private final String date;
    private final int firstId;
    private final List<Element> changes = new ArrayList<>();
    private int nextId;

    TrackedChangeWriter(Document document, Redline.Author author) {
        this.document = document;
        String declared = document.getDocumentElement().lookupPrefix(Ooxml.W);
        this.prefix = declared == null ? "w" : declared;
        this.author = author.name();
        this.date = DateTimeFormatter.ISO_INSTANT.format(author.date().truncatedTo(ChronoUnit.SECONDS));
        this.firstId = firstFreeId(document.getDocumentElement());
        this.nextId = firstId;
    }

    /**
     * Numbers the changes in document order. Changes are made in the order the diff reaches them, which is not
     * always the order they end up in (a deleted row is marked after its cells); readers do not need ordered
     * ids, but a reviewer reading the XML, and a stable diff of two redlines, are helped by them.
     */
    void renumber() {
        Set<Element> ours = Collections.newSetFromMap(new IdentityHashMap<>());
        ours.addAll(changes);
        int id = firstId;
        for (Element element : Ooxml.descendants(document.getDocumentElement(), "*")) { // in document order
            if (ours.contains(element)) {
                set(element, "id", Integer.toString(id++));
            }
        }
    }

    Document document() {
        return document;
    }

    /** A new WordprocessingML element of the document. */
    Element element(String localName) {
        return document.createElementNS(Ooxml.W, prefix + ":" + localName);
    }

    void set(Element element, String localName, String value) {
        element.setAttributeNS(Ooxml.W, prefix + ":" + localName, value);
    }

    /** An empty w:ins or w:del with id, author and date. */
    Element change(String kind) {
        Element change = element(kind);
        set(change, "id", Integer.toString(nextId++));
        set(change, "author", author);
        set(change, "date", date);
        changes.add(change);
        return change;
    }

    /**
     * Marks runs (or other run-level elements) as inserted, one w:ins around each stretch of siblings.
     * Returns the w:ins elements in document order.
     */
    List<Element> wrapInserted(List<Element> runs) {
        List<Element> wrappers = new ArrayList<>();
        Element open = null;
        Node expected = null;
        for (Element run : runs) {
            if (run.getParentNode() == null) {
                continue;
            }
            if (open == null || run != expected) {
                open = change("ins");
                run.getParentNode().insertBefore(open, run);
                wrappers.add(open);
            }
            expected = nextElement(run);
            open.appendChild(run);
        }
        return wrappers;
    }

    /** Marks every run of a paragraph inserted, and its paragraph mark. */
    void insertParagraph(Element paragraph, boolean markParagraph) {
        wrapInserted(runsToMark(paragraph));
        if (markParagraph) {
            markParagraph(paragraph, "ins");
        }
    }

    /** Marks the paragraph mark (the pilcrow) inserted or deleted: w:pPr/w:rPr/w:ins|w:del. */
    void markParagraph(Element paragraph, String kind) {
        Element pPr = Ooxml.child(paragraph, "pPr");
        if (pPr == null) {
            pPr = element("pPr");
            paragraph.insertBefore(pPr, paragraph.getFirstChild());
        }
        Element rPr = Ooxml.child(pPr, "rPr");
        if (rPr == null) {
            rPr = element("rPr");
            // rPr comes after every other paragraph property except the section properties and pPrChange
            Node before = Ooxml.child(pPr, "sectPr") != null ? Ooxml.child(pPr, "sectPr") : Ooxml.child(pPr, "pPrChange");
            pPr.insertBefore(rPr, before);
        }
        // w:ins and w:del come first in a paragraph mark's properties
        rPr.insertBefore(change(kind), rPr.getFirstChild());
    }

    /** Marks a table row inserted or deleted: w:trPr/w:ins|w:del. */
    void markRow(Element row, String kind) {
        Element trPr = Ooxml.child(row, "trPr");
        if (trPr == null) {
            trPr = element("trPr");
            Element tblPrEx = Ooxml.child(row, "tblPrEx");
            row.insertBefore(trPr, tblPrEx != null ? tblPrEx.getNextSibling() : firstElement(row));
        }
        trPr.insertBefore(change(kind), Ooxml.child(trPr, "trPrChange"));
    }

    /** The runs of a paragraph (looking through hyperlinks and content controls), not those inside drawings. */
    static List<Element> runsToMark(Element container) {
        List<Element> runs = new ArrayList<>();
        for (Element child : Ooxml.children(container)) {
            if (Ooxml.is(child, "r")) {
                runs.add(child);
            } else if (Ooxml.MATH.equals(child.getNamespaceURI()) && child.getLocalName().startsWith("oMath")) {
                runs.add(child);
            } else if (!Ooxml.isAny(child, "pPr", "rPr", "sdtPr", "sdtEndPr", "ins", "del")) {
                runs.addAll(runsToMark(child));
            }
        }
        return runs;
    }

    private static Node nextElement(Node node) {
        Node next = node.getNextSibling();
        while (next != null && !(next instanceof Element)) {
            next = next.getNextSibling();
        }
        return next;
    }

    private static Node firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return n;
            }
        }
        return null;
    }

    /** One more than the largest w:id in the document, so no change collides with a comment or bookmark id. */
    private static int firstFreeId(Element root) {
        int max = 0;
        var all = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttributeNS(Ooxml.W, "id")) {
                max = Math.max(max, StyleCatalog.parse(element.getAttributeNS(Ooxml.W, "id")));
            }
        }
        return max + 1;
    }
}
