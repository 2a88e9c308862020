package io.smsdocs.core.export.redline;

import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds, in the new document, copies of old content that was deleted: runs inside a w:del (text as
 * w:delText, field codes as w:delInstrText, each run with the formatting it had), whole paragraphs, rows and
 * tables. Only what is meaningful in the new document is copied: formatting and text, not the old document's
 * comment anchors, bookmarks, hyperlink targets or pictures (their relationships live in the old package),
 * and no style or list the new document does not define.
 */
final class DeletedContent {

    private final TrackedChangeWriter marks;
    private final StyleCatalog styles;

    DeletedContent(TrackedChangeWriter marks, StyleCatalog newStyles) {
        this.marks = marks;
        this.styles = newStyles;
    }

    /** A w:del with copies of the old paragraph's content in the character range [from, to). */
    Element runs(ParagraphText old, int from, int to) {
        Element del = marks.change("del");
        Element textSource = null; // the old run whose text the last deleted run holds, to join its parts
        Element delText = null;
        for (ParagraphText.Piece piece : old.piecesIn(from, to)) {
            if (piece instanceof ParagraphText.TextPiece text) {
                if (Ooxml.is(text.content(), "t")) {
                    String part = text.text().substring(Math.max(0, from - text.start()), Math.min(text.length(), to - text.start()));
                    if (textSource != text.run()) {
                        Element run = run(text.run());
                        delText = deletedText("");
                        run.appendChild(delText);
                        del.appendChild(run);
                        textSource = text.run();
                    }
                    delText.setTextContent(delText.getTextContent() + part);
                } else {
                    Element run = run(text.run());
                    Element converted = converted(text.content());
                    if (converted != null) {
                        run.appendChild(converted);
                        del.appendChild(run);
                    }
                    textSource = null;
                }
            } else if (piece instanceof ParagraphText.ObjectPiece object) {
                if (object.runs().isEmpty()) {
                    Element run = run(null);
                    run.appendChild(deletedText(object.plainText()));
                    del.appendChild(run);
                }
                for (Element source : object.runs()) {
                    Element run = run(source);
                    for (Element content : Ooxml.children(source)) {
                        Element converted = Ooxml.is(content, "rPr") ? null : converted(content);
                        if (converted != null) {
                            run.appendChild(converted);
                        }
                    }
                    del.appendChild(run);
                }
                textSource = null;
            }
        }
        return del;
    }

    /** A copy of an old paragraph with all its text deleted, and its paragraph mark deleted when asked. */
    Element paragraph(Block.Paragraph old, boolean markParagraph) {
        Element paragraph = marks.element("p");
        Element pPr = Ooxml.child(old.first(), "pPr");
        if (pPr != null) {
            paragraph.appendChild(paragraphProperties(pPr));
        }
        ParagraphText text = old.text();
        if (!text.tokens().isEmpty()) {
            Element del = runs(text, 0, Integer.MAX_VALUE);
            if (del.hasChildNodes()) {
                paragraph.appendChild(del);
            }
        }
        if (markParagraph) {
            marks.markParagraph(paragraph, "del");
        }
        return paragraph;
    }

    /** Copies of old blocks, all deleted; the last paragraph mark is kept when they fill a table cell. */
    List<Element> blocks(List<Block> old, boolean inCell) {
        List<Element> copies = new ArrayList<>();
        for (int i = 0; i < old.size(); i++) {
            boolean last = inCell && i == old.size() - 1;
            Block block = old.get(i);
            if (block instanceof Block.Paragraph paragraph) {
                copies.add(paragraph(paragraph, !last));
            } else if (block instanceof Block.Field field) {
                for (int p = 0; p < field.paragraphs().size(); p++) {
                    copies.add(paragraph(field.paragraphs().get(p), !(last && p == field.paragraphs().size() - 1)));
                }
            } else if (block instanceof Block.Table table) {
                copies.add(table(table));
            }
        }
        return copies;
    }

    /** A copy of an old table, every row deleted. */
    Element table(Block.Table old) {
        Element table = marks.element("tbl");
        for (Element child : Ooxml.children(old.table())) {
            if (Ooxml.isAny(child, "tblPr", "tblGrid")) {
                table.appendChild(properties(child));
            }
        }
        for (Block.Row row : old.rows()) {
            table.appendChild(row(row));
        }
        if (!table.hasChildNodes() || Ooxml.child(table, "tblGrid") == null) {
            table.insertBefore(marks.element("tblGrid"), Ooxml.child(table, "tr"));
        }
        return table;
    }

    /** A copy of an old row, marked deleted, its cells' text deleted. */
    Element row(Block.Row old) {
        Element row = marks.element("tr");
        for (Element child : Ooxml.children(old.row())) {
            if (Ooxml.isAny(child, "tblPrEx", "trPr")) {
                row.appendChild(properties(child));
            }
        }
        for (Block.Cell cell : old.cells()) {
            Element copy = marks.element("tc");
            Element tcPr = Ooxml.child(cell.cell(), "tcPr");
            if (tcPr != null) {
                copy.appendChild(properties(tcPr));
            }
            blocks(cell.blocks(), true).forEach(copy::appendChild);
            if (Ooxml.child(copy, "p") == null || !Ooxml.is(copy.getLastChild(), "p")) {
                copy.appendChild(marks.element("p")); // a cell ends with a paragraph
            }
            row.appendChild(copy);
        }
        marks.markRow(row, "del");
        return row;
    }

    /** A new run with the old run's formatting. */
    private Element run(Element source) {
        Element run = marks.element("r");
        Element rPr = source == null ? null : Ooxml.child(source, "rPr");
        if (rPr != null) {
            run.appendChild(properties(rPr));
        }
        return run;
    }

    private Element deletedText(String text) {
        Element delText = marks.element("delText");
        delText.setAttributeNS(Ooxml.XML, "xml:space", "preserve");
        delText.setTextContent(text);
        return delText;
    }

    /** The deleted form of one run content element, or null when it has no meaning in the new document. */
    private Element converted(Element content) {
        if (!Ooxml.W.equals(content.getNamespaceURI()) && !"AlternateContent".equals(content.getLocalName())) {
            return null;
        }
        return switch (content.getLocalName()) {
            case "t", "delText" -> deletedText(content.getTextContent());
            case "instrText", "delInstrText" -> {
                Element code = marks.element("delInstrText");
                code.setAttributeNS(Ooxml.XML, "xml:space", "preserve");
                code.setTextContent(content.getTextContent());
                yield code;
            }
            case "tab", "ptab", "br", "cr", "noBreakHyphen", "softHyphen", "sym", "fldChar" ->
                    (Element) marks.document().importNode(content, true);
            // the picture's relationship belongs to the old package: its description stands for it
            case "drawing", "pict", "object", "AlternateContent" -> deletedText("[" + pictureName(content) + "]");
            default -> null;
        };
    }

    private static String pictureName(Element picture) {
        var docPr = picture.getElementsByTagNameNS("*", "docPr");
        if (docPr.getLength() > 0) {
            Element properties = (Element) docPr.item(0);
            String name = properties.getAttribute("descr").isBlank() ? properties.getAttribute("name") : properties.getAttribute("descr");
            if (!name.isBlank()) {
                return name;
            }
        }
        return "picture";
    }

    private Element paragraphProperties(Element pPr) {
        Element copy = properties(pPr);
        Element numPr = Ooxml.child(copy, "numPr");
        Element numId = numPr == null ? null : Ooxml.child(numPr, "numId");
        if (numPr != null && (numId == null || !styles.hasNumbering(Ooxml.attr(numId, "val")))) {
            copy.removeChild(numPr);
        }
        Element sectPr = Ooxml.child(copy, "sectPr");
        if (sectPr != null) {
            copy.removeChild(sectPr); // a section break of the old document would point at its headers
        }
        return copy;
    }

    /**
     * A copy of old properties (of a paragraph, run, table, row or cell) without tracked-change records and
     * without references to styles the new document does not define.
     */
    private Element properties(Element properties) {
        Element copy = (Element) marks.document().importNode(properties, true);
        for (String change : List.of("rPrChange", "pPrChange", "tblPrChange", "tblPrExChange", "trPrChange", "tcPrChange",
                "tblGridChange", "sectPrChange", "ins", "del", "moveFrom", "moveTo", "cellIns", "cellDel", "cellMerge")) {
            Ooxml.descendants(copy, change).forEach(Ooxml::remove);
        }
        for (String reference : List.of("pStyle", "rStyle", "tblStyle")) {
            for (Element style : Ooxml.descendants(copy, reference)) {
                if (!styles.hasStyle(Ooxml.attr(style, "val"))) {
                    Ooxml.remove(style);
                }
            }
        }
        return copy;
    }
}
