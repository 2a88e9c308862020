package io.smsdocs.core.export.redline;

import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares two paired paragraphs word by word and marks the differences in the new one: its changed words
 * wrapped in w:ins, the old words that went placed before them in a w:del, each with the formatting of the side
 * it comes from. A paragraph changed beyond recognition reads better as one deletion and one insertion than as
 * a mosaic, so above {@link #WHOLE_CHANGE} of its words changed it is marked so.
 */
final class ParagraphDiff {

    /** The share of changed words above which a paragraph is marked as deleted and inserted whole. */
    static final double WHOLE_CHANGE = 0.8;

    private final TrackedChangeWriter marks;
    private final DeletedContent deleted;
    private final ChangeLog log;

    ParagraphDiff(TrackedChangeWriter marks, DeletedContent deleted, ChangeLog log) {
        this.marks = marks;
        this.deleted = deleted;
        this.log = log;
    }

    void diff(Block.Paragraph old, Block.Paragraph revised) {
        List<Token> oldTokens = old.text().tokens();
        List<Token> newTokens = revised.text().tokens();
        List<EditScript.Op> ops = EditScript.joinAcrossSpaces(
                EditScript.of(old.text().tokenKeys(), revised.text().tokenKeys()), i -> newTokens.get(i).isSpace());
        if (EditScript.changedShare(ops, oldTokens, newTokens) > WHOLE_CHANGE) {
            ops = List.of(new EditScript.Op(false, 0, oldTokens.size(), 0, newTokens.size()));
        }
        ParagraphText text = RunSplitter.split(revised.text(), boundaries(ops, newTokens));
        for (EditScript.Op op : ops) {
            if (op.equal()) {
                continue;
            }
            List<Element> wrappers = marks.wrapInserted(runs(text, op.newStart(), op.newEnd()));
            if (op.deletes()) {
                Element del = deleted.runs(old.text(), oldTokens.get(op.oldStart()).start(), oldTokens.get(op.oldEnd() - 1).end());
                place(del, text, wrappers, op.newStart());
                log.deletion();
            }
            if (op.inserts()) {
                log.insertion();
            }
        }
    }

    /** Where the new paragraph's runs must be split: around inserted words, and where deleted words go. */
    private static List<Integer> boundaries(List<EditScript.Op> ops, List<Token> tokens) {
        List<Integer> boundaries = new ArrayList<>();
        for (EditScript.Op op : ops) {
            if (!op.equal() && op.newStart() < tokens.size()) {
                boundaries.add(tokens.get(op.newStart()).start());
            }
            if (op.inserts()) {
                boundaries.add(tokens.get(op.newEnd() - 1).end());
            }
        }
        return boundaries;
    }

    /** Deleted words go before the words that replace them, or before the word that follows them. */
    private static void place(Element del, ParagraphText text, List<Element> wrappers, int newToken) {
        if (!wrappers.isEmpty()) {
            wrappers.get(0).getParentNode().insertBefore(del, wrappers.get(0));
        } else if (newToken < text.tokens().size()) {
            Element next = runs(text, newToken, newToken + 1).get(0);
            next.getParentNode().insertBefore(del, next);
        } else if (!text.tokens().isEmpty()) {
            List<Element> last = runs(text, text.tokens().size() - 1, text.tokens().size());
            Ooxml.insertAfter(del, last.get(last.size() - 1));
        } else {
            text.paragraph().appendChild(del);
        }
    }

    /** The runs (or fields' elements) that hold the tokens [from, to) of the new paragraph. */
    private static List<Element> runs(ParagraphText text, int from, int to) {
        if (from >= to) {
            return List.of();
        }
        Set<Element> runs = new LinkedHashSet<>();
        for (ParagraphText.Piece piece : text.piecesIn(text.tokens().get(from).start(), text.tokens().get(to - 1).end())) {
            if (piece instanceof ParagraphText.TextPiece textPiece) {
                runs.add(textPiece.run());
            } else if (piece instanceof ParagraphText.ObjectPiece object) {
                runs.addAll(object.wrap());
            }
        }
        return new ArrayList<>(runs);
    }
}
