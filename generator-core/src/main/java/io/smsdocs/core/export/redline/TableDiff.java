package io.smsdocs.core.export.redline;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares two paired tables cell by cell: rows aligned by their content, a row only in the new table marked
 * inserted (w:ins in w:trPr), a copy of a row only in the old one put back marked deleted (w:del in w:trPr, its
 * text in w:delText), and the cells of a changed row compared like any body, word by word.
 */
final class TableDiff {

    /** Rows whose cells are on average less alike than this read as one row deleted and another inserted. */
    private static final double ROW_PAIRING_THRESHOLD = 0.5;

    private final BlockDiff blocks;
    private final TrackedChangeWriter marks;
    private final DeletedContent deleted;
    private final ChangeLog log;

    TableDiff(BlockDiff blocks, TrackedChangeWriter marks, DeletedContent deleted, ChangeLog log) {
        this.blocks = blocks;
        this.marks = marks;
        this.deleted = deleted;
        this.log = log;
    }

    void diff(Block.Table old, Block.Table revised) {
        List<Block.Row> oldRows = old.rows();
        List<Block.Row> newRows = revised.rows();
        // Where rows deleted after the last new row go, taken before any copy is placed so they keep their order.
        Node end = newRows.isEmpty() ? null : newRows.get(newRows.size() - 1).row().getNextSibling();
        Node endParent = newRows.isEmpty() ? revised.table() : newRows.get(newRows.size() - 1).row().getParentNode();
        for (EditScript.Op op : EditScript.of(keys(oldRows), keys(newRows))) {
            if (op.equal()) {
                continue;
            }
            List<List<Map<String, Integer>>> oldCells = cellWords(oldRows.subList(op.oldStart(), op.oldEnd()));
            List<List<Map<String, Integer>>> newCells = cellWords(newRows.subList(op.newStart(), op.newEnd()));
            List<Pairing.Pair> pairs = new ArrayList<>(Pairing.pair(op.oldStart(), op.oldEnd(), op.newStart(), op.newEnd(),
                    ROW_PAIRING_THRESHOLD, (i, j) -> similarity(oldRows.get(i), newRows.get(j),
                            oldCells.get(i - op.oldStart()), newCells.get(j - op.newStart()))));
            pairs.add(new Pairing.Pair(op.oldEnd(), op.newEnd()));
            int i = op.oldStart();
            int j = op.newStart();
            for (Pairing.Pair pair : pairs) {
                for (; i < pair.oldIndex(); i++) {
                    Node before = j < newRows.size() ? newRows.get(j).row() : end;
                    (j < newRows.size() ? before.getParentNode() : endParent).insertBefore(deleted.row(oldRows.get(i)), before);
                    log.deletion();
                }
                for (; j < pair.newIndex(); j++) {
                    markInserted(newRows.get(j));
                    log.insertion();
                }
                if (i < op.oldEnd() && j < op.newEnd()) {
                    compareRows(oldRows.get(i++), newRows.get(j++));
                }
            }
        }
    }

    /** Marks every row of a new table inserted. */
    void markInserted(Block.Table table) {
        table.rows().forEach(this::markInserted);
    }

    private void markInserted(Block.Row row) {
        marks.markRow(row.row(), "ins");
        for (Block.Cell cell : row.cells()) {
            for (int b = 0; b < cell.blocks().size(); b++) {
                // the last paragraph mark of a cell is the cell's end, not a paragraph the row brought
                blocks.markInserted(cell.blocks().get(b), b < cell.blocks().size() - 1);
            }
        }
    }

    private void compareRows(Block.Row old, Block.Row revised) {
        for (int c = 0; c < revised.cells().size(); c++) {
            Block.Cell newCell = revised.cells().get(c);
            blocks.diff(old.cells().get(c).blocks(), newCell.blocks(), newCell.cell());
        }
    }

    /** The mean similarity of the cells; rows with different numbers of cells are not compared cell by cell. */
    private static double similarity(Block.Row old, Block.Row revised, List<Map<String, Integer>> oldWords,
                                     List<Map<String, Integer>> newWords) {
        if (old.cells().size() != revised.cells().size() || old.cells().isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (int c = 0; c < old.cells().size(); c++) {
            sum += old.cells().get(c).key().equals(revised.cells().get(c).key()) ? 1 : Pairing.dice(oldWords.get(c), newWords.get(c));
        }
        return sum / old.cells().size();
    }

    private static List<List<Map<String, Integer>>> cellWords(List<Block.Row> rows) {
        return rows.stream().map(row -> row.cells().stream().map(Block.Cell::words).toList()).toList();
    }

    private static List<String> keys(List<Block.Row> rows) {
        return rows.stream().map(Block.Row::key).toList();
    }
}
