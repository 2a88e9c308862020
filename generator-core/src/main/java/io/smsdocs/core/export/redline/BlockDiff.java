package io.smsdocs.core.export.redline;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Aligns the blocks of the old and the new body (or table cell) and marks the differences in the new one:
 * equal blocks are left untouched, blocks only in the new document are marked inserted, copies of blocks only
 * in the old one are put back as deleted, and blocks that changed are paired with their old version and
 * compared inside (word by word, or cell by cell for a table).
 */
final class BlockDiff {

    /** Below this similarity two blocks of a longer changed stretch are not taken for versions of each other. */
    private static final double PAIRING_THRESHOLD = 0.4;

    private final TrackedChangeWriter marks;
    private final DeletedContent deleted;
    private final ChangeLog log;
    private final ParagraphDiff paragraphs;
    private final TableDiff tables;

    BlockDiff(TrackedChangeWriter marks, DeletedContent deleted, ChangeLog log) {
        this.marks = marks;
        this.deleted = deleted;
        this.log = log;
        this.paragraphs = new ParagraphDiff(marks, deleted, log);
        this.tables = new TableDiff(this, marks, deleted, log);
    }

    /** Marks in {@code container} (which holds the new blocks) how the old blocks became the new ones. */
    void diff(List<Block> old, List<Block> revised, Element container) {
        // Where blocks deleted after the last new block go, taken before any copy is placed so they keep their order.
        Node end = revised.isEmpty() ? Ooxml.child(container, "sectPr") : revised.get(revised.size() - 1).last().getNextSibling();
        Node endParent = revised.isEmpty() ? container : revised.get(revised.size() - 1).last().getParentNode();
        for (EditScript.Op op : EditScript.of(keys(old), keys(revised))) {
            if (op.equal()) {
                revised.subList(op.newStart(), op.newEnd()).forEach(log::pass);
                continue;
            }
            List<Pairing.Pair> pairs = new ArrayList<>(pairs(old, revised, op));
            pairs.add(new Pairing.Pair(op.oldEnd(), op.newEnd())); // the end of the stretch, not a pair
            int i = op.oldStart();
            int j = op.newStart();
            for (Pairing.Pair pair : pairs) {
                for (; i < pair.oldIndex(); i++) {
                    delete(old.get(i), j < revised.size() ? revised.get(j).first() : end,
                            j < revised.size() ? revised.get(j).first().getParentNode() : endParent);
                }
                for (; j < pair.newIndex(); j++) {
                    insert(revised.get(j));
                }
                if (i < op.oldEnd() && j < op.newEnd()) {
                    compare(old.get(i++), revised.get(j++));
                }
            }
        }
    }

    /** Marks a whole new block inserted (also used for the content of an inserted table row). */
    void insert(Block block) {
        log.pass(block);
        markInserted(block, true);
        log.insertion();
    }

    /** Marks a new block inserted without counting it: the row or table that holds it is the change. */
    void markInserted(Block block, boolean markLastParagraph) {
        if (block instanceof Block.Paragraph paragraph) {
            marks.insertParagraph(paragraph.first(), markLastParagraph);
        } else if (block instanceof Block.Field field) {
            for (int p = 0; p < field.paragraphs().size(); p++) {
                marks.insertParagraph(field.paragraphs().get(p).first(), markLastParagraph || p < field.paragraphs().size() - 1);
            }
        } else if (block instanceof Block.Table table) {
            tables.markInserted(table);
        }
    }

    /** Puts a deleted copy of an old block before {@code before} (null: at the end of {@code parent}). */
    private void delete(Block block, Node before, Node parent) {
        log.pass(block);
        for (Element copy : deleted.blocks(List.of(block), false)) {
            parent.insertBefore(copy, before);
        }
        log.deletion();
    }

    private void compare(Block old, Block revised) {
        log.pass(revised);
        if (old instanceof Block.Paragraph oldParagraph && revised instanceof Block.Paragraph newParagraph) {
            paragraphs.diff(oldParagraph, newParagraph);
        } else if (old instanceof Block.Table oldTable && revised instanceof Block.Table newTable) {
            tables.diff(oldTable, newTable);
        }
    }

    /** Which blocks of a changed stretch are versions of each other. */
    private static List<Pairing.Pair> pairs(List<Block> old, List<Block> revised, EditScript.Op op) {
        boolean single = op.oldEnd() - op.oldStart() == 1 && op.newEnd() - op.newStart() == 1;
        if (single && sameKind(old.get(op.oldStart()), revised.get(op.newStart()))) {
            // One block became one block: the same paragraph (or table) rewritten, however much.
            return List.of(new Pairing.Pair(op.oldStart(), op.newStart()));
        }
        List<Map<String, Integer>> oldWords = old.subList(op.oldStart(), op.oldEnd()).stream().map(Block::words).toList();
        List<Map<String, Integer>> newWords = revised.subList(op.newStart(), op.newEnd()).stream().map(Block::words).toList();
        return Pairing.pair(op.oldStart(), op.oldEnd(), op.newStart(), op.newEnd(), PAIRING_THRESHOLD,
                (i, j) -> sameKind(old.get(i), revised.get(j))
                        ? Pairing.dice(oldWords.get(i - op.oldStart()), newWords.get(j - op.newStart())) : 0);
    }

    /** Paragraphs pair with paragraphs of the same style, tables with tables; fields are never compared inside. */
    private static boolean sameKind(Block old, Block revised) {
        if (old instanceof Block.Paragraph a && revised instanceof Block.Paragraph b) {
            return a.headingLevel() == b.headingLevel();
        }
        return old instanceof Block.Table && revised instanceof Block.Table;
    }

    private static List<String> keys(List<Block> blocks) {
        return blocks.stream().map(Block::key).toList();
    }
}
