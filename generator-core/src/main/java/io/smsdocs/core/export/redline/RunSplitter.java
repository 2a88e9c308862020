package io.smsdocs.core.export.redline;

import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Splits the runs of a changed paragraph of the new document where a change begins or ends, so that the changed
 * words are whole runs that can be wrapped in w:ins. Each part keeps the run's formatting and attributes; runs
 * no change boundary falls inside are left as they are. Runs of fields are never split.
 */
final class RunSplitter {

    private RunSplitter() {
    }

    /** Splits the paragraph's runs at the given character offsets and reads it again; its tokens are unchanged. */
    static ParagraphText split(ParagraphText text, Collection<Integer> offsets) {
        TreeSet<Integer> boundaries = new TreeSet<>(offsets);
        Set<Element> fieldRuns = new HashSet<>();
        Map<Element, List<ParagraphText.TextPiece>> byRun = new LinkedHashMap<>();
        for (ParagraphText.Piece piece : text.pieces()) {
            if (piece instanceof ParagraphText.ObjectPiece object) {
                fieldRuns.addAll(object.runs());
            } else if (piece instanceof ParagraphText.TextPiece textPiece) {
                byRun.computeIfAbsent(textPiece.run(), r -> new ArrayList<>()).add(textPiece);
            }
        }
        for (Map.Entry<Element, List<ParagraphText.TextPiece>> run : byRun.entrySet()) {
            List<ParagraphText.TextPiece> pieces = run.getValue();
            int start = pieces.get(0).start();
            ParagraphText.TextPiece last = pieces.get(pieces.size() - 1);
            Integer inside = boundaries.higher(start);
            if (!fieldRuns.contains(run.getKey()) && inside != null && inside < last.start() + last.length()) {
                split(run.getKey(), pieces, boundaries);
            }
        }
        return ParagraphText.read(text.paragraph());
    }

    private static void split(Element run, List<ParagraphText.TextPiece> pieces, TreeSet<Integer> boundaries) {
        Map<Element, ParagraphText.TextPiece> byContent = new LinkedHashMap<>();
        pieces.forEach(piece -> byContent.put(piece.content(), piece));
        Element rPr = Ooxml.child(run, "rPr");
        List<Element> parts = new ArrayList<>();
        Element part = part(run, rPr, parts);
        for (Element content : Ooxml.children(run)) {
            if (content == rPr) {
                continue;
            }
            ParagraphText.TextPiece piece = byContent.get(content);
            if (piece == null) {
                part.appendChild(content); // zero-width (a comment reference): stays with what precedes it
            } else if (Ooxml.is(content, "t")) {
                for (int from = piece.start(), end = piece.start() + piece.length(); from < end; ) {
                    Integer next = boundaries.higher(from);
                    int to = next == null ? end : Math.min(next, end);
                    if (boundaries.contains(from) && hasContent(part, rPr)) {
                        part = part(run, rPr, parts);
                    }
                    Element segment = (Element) content.cloneNode(false);
                    segment.setAttributeNS(Ooxml.XML, "xml:space", "preserve");
                    segment.setTextContent(piece.text().substring(from - piece.start(), to - piece.start()));
                    part.appendChild(segment);
                    from = to;
                }
            } else {
                if (boundaries.contains(piece.start()) && hasContent(part, rPr)) {
                    part = part(run, rPr, parts);
                }
                part.appendChild(content);
            }
        }
        for (Element each : parts) {
            run.getParentNode().insertBefore(each, run);
        }
        run.getParentNode().removeChild(run);
    }

    /** A new, empty run like the original (attributes and formatting), added to the parts. */
    private static Element part(Element run, Element rPr, List<Element> parts) {
        Element part = (Element) run.cloneNode(false);
        if (rPr != null) {
            part.appendChild(rPr.cloneNode(true));
        }
        parts.add(part);
        return part;
    }

    private static boolean hasContent(Element part, Element rPr) {
        return part.getChildNodes().getLength() > (rPr != null ? 1 : 0);
    }
}
