package io.smsdocs.core.export.redline;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accepts the tracked changes a document already holds (a client's edits in Word not yet accepted), so it is
 * compared as it reads with them accepted: pending insertions are text, pending deletions are gone, moves are
 * at their destination, formatting changes stay as they are now. The redline then shows the client's
 * pending edits as differences of its own, under one author, instead of mixing two layers of revisions.
 */
final class PendingChanges {

    private static final List<String> PROPERTY_CHANGES = List.of("rPrChange", "pPrChange", "sectPrChange", "tblPrChange",
            "tblPrExChange", "trPrChange", "tcPrChange", "tblGridChange", "numberingChange", "moveFromRangeStart",
            "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd", "customXmlInsRangeStart", "customXmlInsRangeEnd",
            "customXmlDelRangeStart", "customXmlDelRangeEnd", "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd",
            "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd", "cellIns", "cellMerge");

    private PendingChanges() {
    }

    /** Accepts every tracked change in the body; returns how many there were. */
    static int accept(Element body) {
        Map<String, List<Element>> byName = revisionElements(body);
        if (byName.isEmpty()) {
            return 0; // the usual case: one walk over the body, nothing to do
        }
        int accepted = 0;
        for (String name : PROPERTY_CHANGES) {
            for (Element change : byName.getOrDefault(name, List.of())) {
                Ooxml.remove(change);
                accepted++;
            }
        }
        accepted += acceptMarks(body, byName, "del", "moveFrom");
        accepted += acceptMarks(body, byName, "ins", "moveTo");
        for (Element deletedCell : byName.getOrDefault("cellDel", List.of())) {
            Element tc = (Element) deletedCell.getParentNode().getParentNode();
            Ooxml.remove(tc);
            accepted++;
        }
        return accepted;
    }

    /**
     * Deletions (or insertions): a paragraph mark deleted joins its paragraph to the next; a row deleted goes;
     * deleted runs go. Inserted marks and rows just lose the marker; inserted runs are unwrapped.
     */
    private static int acceptMarks(Element body, Map<String, List<Element>> byName, String... kinds) {
        int accepted = 0;
        boolean deletion = kinds[0].equals("del");
        for (String kind : kinds) {
            List<Element> marks = byName.getOrDefault(kind, List.of());
            // from the end, so joining a paragraph into the next one sees the next one already settled
            for (int i = marks.size() - 1; i >= 0; i--) {
                Element mark = marks.get(i);
                if (mark.getParentNode() == null || !attached(mark, body)) {
                    continue;
                }
                Element parent = (Element) mark.getParentNode();
                if (Ooxml.is(parent, "rPr") && Ooxml.is(parent.getParentNode(), "pPr")) {
                    Ooxml.remove(mark);
                    if (deletion) {
                        joinWithNext((Element) parent.getParentNode().getParentNode());
                    }
                } else if (Ooxml.is(parent, "trPr")) {
                    Ooxml.remove(mark);
                    if (deletion) {
                        Element table = (Element) parent.getParentNode().getParentNode();
                        Ooxml.remove(parent.getParentNode());
                        if (Ooxml.is(table, "tbl") && Ooxml.child(table, "tr") == null) {
                            Ooxml.remove(table); // a table whose every row was deleted is gone
                        }
                    }
                } else if (Ooxml.is(parent, "rPr")) {
                    Ooxml.remove(mark); // a marker inside run properties (moves of a run's formatting)
                } else if (deletion) {
                    Ooxml.remove(mark);
                } else {
                    Ooxml.unwrap(mark);
                }
                accepted++;
            }
        }
        return accepted;
    }

    /** The revision elements of the body by name, in document order, found in one walk. */
    private static Map<String, List<Element>> revisionElements(Element body) {
        Set<String> wanted = new HashSet<>(PROPERTY_CHANGES);
        wanted.addAll(List.of("del", "moveFrom", "ins", "moveTo", "cellDel"));
        Map<String, List<Element>> byName = new HashMap<>();
        for (Element element : Ooxml.descendants(body, "*")) {
            if (wanted.contains(element.getLocalName())) {
                byName.computeIfAbsent(element.getLocalName(), name -> new ArrayList<>()).add(element);
            }
        }
        return byName;
    }

    /** Accepting a deleted paragraph mark: the paragraph's content runs on at the start of the next paragraph. */
    private static void joinWithNext(Element paragraph) {
        Node next = paragraph.getNextSibling();
        while (next != null && !(next instanceof Element)) {
            next = next.getNextSibling();
        }
        if (!Ooxml.is(next, "p")) {
            return; // the last paragraph of a cell or of the body keeps its mark
        }
        Element target = (Element) next;
        Element targetPr = Ooxml.child(target, "pPr");
        Node insertAt = targetPr != null ? targetPr.getNextSibling() : target.getFirstChild();
        for (Element child : Ooxml.children(paragraph)) {
            if (!Ooxml.is(child, "pPr")) {
                target.insertBefore(child, insertAt);
            }
        }
        Ooxml.remove(paragraph);
    }

    private static boolean attached(Element element, Element body) {
        for (Node n = element; n != null; n = n.getParentNode()) {
            if (n == body) {
                return true;
            }
        }
        return false;
    }
}
