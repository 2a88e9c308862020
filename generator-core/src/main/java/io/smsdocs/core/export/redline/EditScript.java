package io.smsdocs.core.export.redline;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The alignment of two sequences (blocks, rows or tokens) as alternating stretches: equal, or changed (old
 * [oldStart, oldEnd) replaced by new [newStart, newEnd), either side possibly empty). Myers' algorithm from
 * java-diff-utils finds the longest common subsequence.
 */
final class EditScript {

    record Op(boolean equal, int oldStart, int oldEnd, int newStart, int newEnd) {
        boolean deletes() {
            return !equal && oldEnd > oldStart;
        }

        boolean inserts() {
            return !equal && newEnd > newStart;
        }
    }

    private EditScript() {
    }

    static List<Op> of(List<String> old, List<String> revised) {
        List<Op> ops = new ArrayList<>();
        int oldAt = 0;
        int newAt = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, revised).getDeltas()) {
            int oldStart = delta.getSource().getPosition();
            int newStart = delta.getTarget().getPosition();
            if (oldStart > oldAt) {
                ops.add(new Op(true, oldAt, oldStart, newAt, newStart));
            }
            oldAt = oldStart + delta.getSource().size();
            newAt = newStart + delta.getTarget().size();
            ops.add(new Op(false, oldStart, oldAt, newStart, newAt));
        }
        if (oldAt < old.size() || newAt < revised.size()) {
            ops.add(new Op(true, oldAt, old.size(), newAt, revised.size()));
        }
        return ops;
    }

    /**
     * Joins two changes separated only by spaces into one: "the quick fox" → "a slow dog" then reads as one
     * replaced phrase, not three replaced words with kept spaces between them.
     */
    static List<Op> joinAcrossSpaces(List<Op> ops, IntPredicate newTokenIsSpace) {
        List<Op> joined = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            boolean bridge = op.equal() && i > 0 && i + 1 < ops.size() && !joined.isEmpty()
                    && !joined.get(joined.size() - 1).equal() && allSpace(op, newTokenIsSpace);
            if (bridge) {
                Op before = joined.remove(joined.size() - 1);
                Op after = ops.get(++i);
                joined.add(new Op(false, before.oldStart(), after.oldEnd(), before.newStart(), after.newEnd()));
            } else if (!op.equal() && !joined.isEmpty() && !joined.get(joined.size() - 1).equal()) {
                Op before = joined.remove(joined.size() - 1);
                joined.add(new Op(false, before.oldStart(), op.oldEnd(), before.newStart(), op.newEnd()));
            } else {
                joined.add(op);
            }
        }
        return joined;
    }

    /** The share of words (not spaces) changed: 0 when both sides are equal, 1 when nothing is kept. */
    static double changedShare(List<Op> ops, List<Token> old, List<Token> revised) {
        long oldWords = old.stream().filter(t -> !t.isSpace()).count();
        long newWords = revised.stream().filter(t -> !t.isSpace()).count();
        long kept = 0;
        for (Op op : ops) {
            if (op.equal()) {
                for (int i = op.newStart(); i < op.newEnd(); i++) {
                    kept += revised.get(i).isSpace() ? 0 : 1;
                }
            }
        }
        return oldWords + newWords == 0 ? 0 : 1 - 2.0 * kept / (oldWords + newWords);
    }

    private static boolean allSpace(Op op, IntPredicate isSpace) {
        for (int i = op.newStart(); i < op.newEnd(); i++) {
            if (!isSpace.test(i)) {
                return false;
            }
        }
        return true;
    }
}
