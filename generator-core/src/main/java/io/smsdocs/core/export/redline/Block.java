package io.smsdocs.core.export.redline;

import org.w3c.dom.Element;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One block of a document body or table cell, as the block-level alignment sees it. */
sealed interface Block permits Block.Paragraph, Block.Table, Block.Field {

    /** What two blocks are equal by. */
    String key();

    /** The block's first element in the tree: what content deleted before it is placed in front of. */
    Element first();

    /** The block's last element in the tree. */
    Element last();

    /** The block's words with their counts, for pairing changed blocks by similarity. */
    Map<String, Integer> words();

    record Paragraph(ParagraphText text, int headingLevel, boolean title) implements Block {
        public String key() {
            return "p:" + text.key();
        }

        public Element first() {
            return text.paragraph();
        }

        public Element last() {
            return text.paragraph();
        }

        public Map<String, Integer> words() {
            return count(text.tokens().stream().filter(t -> !t.isSpace()).map(Token::key).toList());
        }

        /** A Heading 1–3 paragraph: the section a change is reported under. */
        boolean isSectionHeading() {
            return headingLevel >= 1 && headingLevel <= 3;
        }
    }

    record Table(Element table, List<Row> rows) implements Block {
        public String key() {
            return "tbl:" + rows.stream().map(Row::key).collect(Collectors.joining("\n"));
        }

        public Element first() {
            return table;
        }

        public Element last() {
            return table;
        }

        public Map<String, Integer> words() {
            Map<String, Integer> words = new HashMap<>();
            rows.forEach(row -> row.words().forEach((word, n) -> words.merge(word, n, Integer::sum)));
            return words;
        }
    }

    record Row(Element row, List<Cell> cells) {
        String key() {
            return cells.stream().map(Cell::key).collect(Collectors.joining("\u0001"));
        }

        Map<String, Integer> words() {
            Map<String, Integer> words = new HashMap<>();
            cells.forEach(cell -> cell.words().forEach((word, n) -> words.merge(word, n, Integer::sum)));
            return words;
        }
    }

    record Cell(Element cell, List<Block> blocks) {
        String key() {
            return blocks.stream().map(Block::key).collect(Collectors.joining("\u0002"));
        }

        Map<String, Integer> words() {
            Map<String, Integer> words = new HashMap<>();
            blocks.forEach(block -> block.words().forEach((word, n) -> words.merge(word, n, Integer::sum)));
            return words;
        }
    }

    /**
     * Paragraphs held by one field that spans them (a table of contents): compared by the field's instruction
     * only, and the new one kept as it is, since its entries are the field's result, not text.
     */
    record Field(List<Paragraph> paragraphs, String instruction) implements Block {
        public String key() {
            return ParagraphText.fieldKey(instruction);
        }

        public Element first() {
            return paragraphs.get(0).first();
        }

        public Element last() {
            return paragraphs.get(paragraphs.size() - 1).last();
        }

        public Map<String, Integer> words() {
            return Map.of(key(), 1);
        }
    }

    private static Map<String, Integer> count(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        words.forEach(word -> counts.merge(word, 1, Integer::sum));
        return counts;
    }
}
