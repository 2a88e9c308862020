package io.smsdocs.core.export.redline;

import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A paragraph read as a stream of characters for the diff, with each stretch traced back to the run and run
 * content it came from. Hyperlinks, content controls, smart tags and custom XML are looked through (their runs
 * count); a field (complex or simple), a drawing, an equation or a note reference is one object character
 * whose key is its instruction or kind, so it is never diffed inside. Bookmarks, comment anchors and proofing
 * marks take no characters and stay where they are.
 */
final class ParagraphText {

    /** A stretch of the character stream and where it comes from. */
    sealed interface Piece permits TextPiece, ObjectPiece {
        int start();

        int length();
    }

    /**
     * The text of one content element of a run: w:t, or a tab, break or symbol (one character each), or a
     * drawing or note reference (one object character).
     */
    record TextPiece(Element run, Element content, String text, int start) implements Piece {
        public int length() {
            return text.length();
        }
    }

    /**
     * A field, an object or an equation: one character. {@code wrap} are the elements to mark as inserted,
     * {@code runs} the runs to copy when it is deleted, {@code plainText} what stands for it when it has no runs.
     */
    record ObjectPiece(String key, List<Element> wrap, List<Element> runs, String plainText, int start) implements Piece {
        public int length() {
            return 1;
        }
    }

    private final Element paragraph;
    private final List<Piece> pieces;
    private final String chars;
    private final List<Token> tokens;
    /** Open fields at the end of the paragraph: > 0 when a field (a table of contents) runs on into the next. */
    private final int openFields;
    private final String firstFieldInstruction;

    private ParagraphText(Element paragraph, List<Piece> pieces, String chars, Map<Integer, String> objectKeys,
                          int openFields, String firstFieldInstruction) {
        this.paragraph = paragraph;
        this.pieces = List.copyOf(pieces);
        this.chars = chars;
        this.tokens = Tokenizer.tokens(chars, objectKeys);
        this.openFields = openFields;
        this.firstFieldInstruction = firstFieldInstruction;
    }

    static ParagraphText read(Element paragraph) {
        Reader reader = new Reader();
        reader.walk(paragraph);
        reader.finishField();
        return new ParagraphText(paragraph, reader.pieces, reader.chars.toString(), reader.objectKeys,
                reader.openAtEnd, reader.firstInstruction);
    }

    Element paragraph() {
        return paragraph;
    }

    List<Piece> pieces() {
        return pieces;
    }

    List<Token> tokens() {
        return tokens;
    }

    List<String> tokenKeys() {
        return tokens.stream().map(Token::key).toList();
    }

    /** What the paragraph is compared by as a whole: its tokens' keys, so a field's result does not count. */
    String key() {
        return String.join("", tokenKeys());
    }

    /** The text a reader sees (fields by their result, pictures not at all), for headings. */
    String visibleText() {
        StringBuilder text = new StringBuilder();
        for (Piece piece : pieces) {
            if (piece instanceof TextPiece textPiece && !textPiece.text().equals(String.valueOf(Tokenizer.OBJECT))) {
                text.append(textPiece.text());
            } else if (piece instanceof ObjectPiece object) {
                text.append(object.plainText());
            }
        }
        return text.toString().replaceAll("\\s+", " ").trim();
    }

    int openFields() {
        return openFields;
    }

    /** The instruction of the first field that starts here (TOC for a table of contents), or null. */
    String firstFieldInstruction() {
        return firstFieldInstruction;
    }

    /** The pieces overlapping the character range [from, to), in order. */
    List<Piece> piecesIn(int from, int to) {
        List<Piece> found = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece.start() < to && piece.start() + piece.length() > from) {
                found.add(piece);
            }
        }
        return found;
    }

    /** Normalises a field instruction: Word renumbers the _Toc bookmarks each time it updates a table of contents. */
    static String fieldKey(String instruction) {
        return "field:" + instruction.trim().replaceAll("\\s+", " ").replaceAll("_Toc\\d+", "_Toc");
    }

    /** Walks a paragraph's content in document order, building the pieces. */
    private static final class Reader {
        final List<Piece> pieces = new ArrayList<>();
        final StringBuilder chars = new StringBuilder();
        final Map<Integer, String> objectKeys = new HashMap<>();
        String firstInstruction;
        int openAtEnd;

        // the complex field being read (fldChar begin … end), possibly nested
        List<Element> fieldRuns;
        StringBuilder instruction;
        StringBuilder result;
        int depth;
        boolean separated;

        void walk(Element container) {
            for (Element child : Ooxml.children(container)) {
                if (Ooxml.is(child, "r")) {
                    run(child);
                } else if (Ooxml.is(child, "fldSimple") && depth == 0) {
                    List<Element> runs = Ooxml.descendants(child, "r");
                    String instr = Ooxml.attr(child, "instr") == null ? "" : Ooxml.attr(child, "instr");
                    noteInstruction(instr);
                    object(fieldKey(instr), runs, runs, child.getTextContent());
                } else if (Ooxml.MATH.equals(child.getNamespaceURI())
                        && ("oMath".equals(child.getLocalName()) || "oMathPara".equals(child.getLocalName()))) {
                    object("math:" + child.getTextContent(), List.of(child), List.of(), child.getTextContent());
                } else if (!Ooxml.isAny(child, "pPr", "rPr", "sdtPr", "sdtEndPr", "del", "moveFrom")) {
                    walk(child); // hyperlink, sdt/sdtContent, smartTag, customXml, dir, bdo, ins, fldSimple inside a field
                }
            }
        }

        void run(Element run) {
            for (Element content : Ooxml.children(run)) {
                if (depth > 0 || Ooxml.is(content, "fldChar") && "begin".equals(Ooxml.attr(content, "fldCharType"))) {
                    fieldContent(run, content);
                    continue;
                }
                String local = content.getLocalName();
                if (!Ooxml.W.equals(content.getNamespaceURI()) && !"AlternateContent".equals(local)) {
                    continue;
                }
                switch (local) {
                    case "t" -> text(run, content, content.getTextContent());
                    case "tab", "ptab" -> text(run, content, "\t");
                    case "br", "cr" -> text(run, content, "\n");
                    case "noBreakHyphen" -> text(run, content, "\u2011");
                    case "sym" -> text(run, content, symbol(content));
                    case "drawing", "pict", "object", "AlternateContent", "footnoteReference", "endnoteReference", "ruby" -> {
                        objectKeys.put(chars.length(), local + ":" + description(content));
                        text(run, content, String.valueOf(Tokenizer.OBJECT));
                    }
                    default -> {
                        // zero-width: comment reference, last rendered page break, soft hyphen, annotation marks
                    }
                }
            }
        }

        void fieldContent(Element run, Element content) {
            if (depth == 0) {
                fieldRuns = new ArrayList<>();
                instruction = new StringBuilder();
                result = new StringBuilder();
                separated = false;
            }
            if (fieldRuns.isEmpty() || fieldRuns.get(fieldRuns.size() - 1) != run) {
                fieldRuns.add(run);
            }
            if (Ooxml.is(content, "fldChar")) {
                switch (String.valueOf(Ooxml.attr(content, "fldCharType"))) {
                    case "begin" -> depth++;
                    case "separate" -> separated |= depth == 1;
                    case "end" -> {
                        depth--;
                        if (depth == 0) {
                            finishField();
                        }
                    }
                    default -> {
                    }
                }
            } else if (Ooxml.is(content, "instrText") && depth == 1 && !separated) {
                instruction.append(content.getTextContent());
            } else if (Ooxml.is(content, "t") && separated) {
                result.append(content.getTextContent());
            }
        }

        /** Closes the field being read; one left open at the end of the paragraph continues in the next. */
        void finishField() {
            if (fieldRuns == null) {
                return;
            }
            openAtEnd = depth;
            noteInstruction(instruction.toString());
            object(fieldKey(instruction.toString()), fieldRuns, fieldRuns, result.toString());
            fieldRuns = null;
            depth = 0;
        }

        void noteInstruction(String instr) {
            if (firstInstruction == null) {
                firstInstruction = instr.trim();
            }
        }

        void text(Element run, Element content, String text) {
            if (text.isEmpty()) {
                return;
            }
            pieces.add(new TextPiece(run, content, text, chars.length()));
            chars.append(text);
        }

        void object(String key, List<Element> wrap, List<Element> runs, String plainText) {
            objectKeys.put(chars.length(), key);
            pieces.add(new ObjectPiece(key, List.copyOf(wrap), List.copyOf(runs), plainText, chars.length()));
            chars.append(Tokenizer.OBJECT);
        }

        private static String symbol(Element sym) {
            String code = Ooxml.attr(sym, "char");
            try {
                return code == null ? "?" : new String(Character.toChars(Integer.parseInt(code, 16)));
            } catch (IllegalArgumentException e) {
                return "?";
            }
        }

        /** A drawing's alternative text or name, so a different picture with a different description shows. */
        private static String description(Element object) {
            var docPr = object.getElementsByTagNameNS("*", "docPr");
            if (docPr.getLength() > 0) {
                Element properties = (Element) docPr.item(0);
                String descr = properties.getAttribute("descr");
                return descr.isEmpty() ? properties.getAttribute("name") : descr;
            }
            return object.getTextContent().trim();
        }
    }
}
