package io.smsdocs.core.export.redline;

import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a body or a table cell into blocks: paragraphs, tables (rows and cells) and fields that span
 * paragraphs. Block-level content controls and custom XML are looked through, so their paragraphs are compared
 * like any other; everything else at block level (bookmarks, the section properties) stays where it is.
 */
final class BlockReader {

    private final StyleCatalog styles;
    private final List<Block> blocks = new ArrayList<>();
    private List<Block.Paragraph> openField;
    private String openFieldInstruction;
    private int openFieldDepth;

    private BlockReader(StyleCatalog styles) {
        this.styles = styles;
    }

    static List<Block> read(Element container, StyleCatalog styles) {
        BlockReader reader = new BlockReader(styles);
        reader.walk(container);
        reader.closeField();
        return List.copyOf(reader.blocks);
    }

    private void walk(Element container) {
        for (Element child : Ooxml.children(container)) {
            if (Ooxml.is(child, "p")) {
                paragraph(child);
            } else if (Ooxml.is(child, "tbl")) {
                closeField();
                blocks.add(table(child));
            } else if (Ooxml.isAny(child, "sdt", "sdtContent", "customXml")) {
                walk(child); // a content control's paragraphs are compared like any other
            }
        }
    }

    private void paragraph(Element element) {
        ParagraphText text = ParagraphText.read(element);
        Block.Paragraph paragraph = new Block.Paragraph(text, headingLevel(element), isTitle(element));
        int balance = fieldBalance(element);
        if (openField != null) {
            openField.add(paragraph);
            openFieldDepth += balance;
            if (openFieldDepth <= 0) {
                closeField();
            }
        } else if (text.openFields() > 0) {
            openField = new ArrayList<>(List.of(paragraph));
            openFieldInstruction = text.firstFieldInstruction() == null ? "" : text.firstFieldInstruction();
            openFieldDepth = Math.max(1, balance);
        } else {
            blocks.add(paragraph);
        }
    }

    private void closeField() {
        if (openField != null) {
            blocks.add(new Block.Field(List.copyOf(openField), openFieldInstruction));
            openField = null;
        }
    }

    private Block.Table table(Element table) {
        List<Block.Row> rows = new ArrayList<>();
        for (Element row : rowsOf(table)) {
            List<Block.Cell> cells = new ArrayList<>();
            for (Element cell : cellsOf(row)) {
                cells.add(new Block.Cell(cell, read(cell, styles)));
            }
            rows.add(new Block.Row(row, List.copyOf(cells)));
        }
        return new Block.Table(table, List.copyOf(rows));
    }

    /** The rows of a table, looking through row-level content controls. */
    static List<Element> rowsOf(Element table) {
        return childrenThrough(table, "tr");
    }

    static List<Element> cellsOf(Element row) {
        return childrenThrough(row, "tc");
    }

    private static List<Element> childrenThrough(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Element child : Ooxml.children(parent)) {
            if (Ooxml.is(child, name)) {
                found.add(child);
            } else if (Ooxml.isAny(child, "sdt", "sdtContent", "customXml")) {
                found.addAll(childrenThrough(child, name));
            }
        }
        return found;
    }

    private int headingLevel(Element paragraph) {
        Element pPr = Ooxml.child(paragraph, "pPr");
        if (pPr == null) {
            return 0;
        }
        Element outline = Ooxml.child(pPr, "outlineLvl");
        if (outline != null) {
            int level = StyleCatalog.parse(Ooxml.attr(outline, "val")) + 1;
            return level >= 1 && level <= 9 ? level : 0;
        }
        Element style = Ooxml.child(pPr, "pStyle");
        return style == null ? 0 : styles.headingLevel(Ooxml.attr(style, "val"));
    }

    private boolean isTitle(Element paragraph) {
        Element pPr = Ooxml.child(paragraph, "pPr");
        Element style = pPr == null ? null : Ooxml.child(pPr, "pStyle");
        return style != null && styles.isTitle(Ooxml.attr(style, "val"));
    }

    /** Fields begun minus fields ended in a paragraph: how a field spanning paragraphs is followed to its end. */
    private static int fieldBalance(Element paragraph) {
        int balance = 0;
        for (Element mark : Ooxml.descendants(paragraph, "fldChar")) {
            String type = Ooxml.attr(mark, "fldCharType");
            balance += "begin".equals(type) ? 1 : "end".equals(type) ? -1 : 0;
        }
        return balance;
    }
}
