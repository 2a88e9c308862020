package io.smsdocs.core.export.redline;

import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Splits the runs of a changed paragraph of the new document so that each run holds one content element and no
 * run crosses a token boundary; then a changed word is a whole run that can be wrapped in w:ins. Each part keeps
 * the run's formatting and attributes. Runs of fields are left whole: a field is never split.
 */
final class RunSplitter {

    private RunSplitter() {
    }

    /** Splits the paragraph's runs in place and reads it again; its tokens are the same as before. */
    static ParagraphText split(ParagraphText text) {
        TreeSet<Integer> boundaries = new TreeSet<>();
        for (Token token : text.tokens()) {
            boundaries.add(token.start());
            boundaries.add(token.end());
        }
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
            if (!fieldRuns.contains(run.getKey()) && needsSplit(run.getKey(), run.getValue(), boundaries)) {
                split(run.getKey(), run.getValue(), boundaries);
            }
        }
        return ParagraphText.read(text.paragraph());
    }

    private static boolean needsSplit(Element run, List<ParagraphText.TextPiece> pieces, TreeSet<Integer> boundaries) {
        long contents = Ooxml.children(run).stream().filter(c -> !Ooxml.is(c, "rPr")).count();
        if (contents > 1) {
            return true;
        }
        ParagraphText.TextPiece piece = pieces.get(0);
        Integer inside = boundaries.higher(piece.start());
        return inside != null && inside < piece.start() + piece.length();
    }

    private static void split(Element run, List<ParagraphText.TextPiece> pieces, TreeSet<Integer> boundaries) {
        Map<Element, ParagraphText.TextPiece> byContent = new LinkedHashMap<>();
        pieces.forEach(piece -> byContent.put(piece.content(), piece));
        Element rPr = Ooxml.child(run, "rPr");
        List<Element> parts = new ArrayList<>();
        for (Element content : Ooxml.children(run)) {
            if (content == rPr) {
                continue;
            }
            ParagraphText.TextPiece piece = byContent.get(content);
            if (piece != null && Ooxml.is(content, "t")) {
                int from = piece.start();
                int end = piece.start() + piece.length();
                while (from < end) {
                    Integer next = boundaries.higher(from);
                    int to = next == null ? end : Math.min(next, end);
                    Element text = (Element) content.cloneNode(false);
                    text.setAttributeNS(Ooxml.XML, "xml:space", "preserve");
                    text.setTextContent(piece.text().substring(from - piece.start(), to - piece.start()));
                    parts.add(part(run, rPr, text));
                    from = to;
                }
            } else {
                parts.add(part(run, rPr, content));
            }
        }
        for (Element part : parts) {
            run.getParentNode().insertBefore(part, run);
        }
        run.getParentNode().removeChild(run);
    }

    /** A run like the original (attributes and formatting) holding one content element. */
    private static Element part(Element run, Element rPr, Element content) {
        Element part = (Element) run.cloneNode(false);
        if (rPr != null) {
            part.appendChild(rPr.cloneNode(true));
        }
        part.appendChild(content);
        return part;
    }
}
