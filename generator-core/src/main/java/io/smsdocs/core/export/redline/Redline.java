package io.smsdocs.core.export.redline;


import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Compares two Word documents and writes the new one with the differences as Word tracked changes, which Word
 * and LibreOffice show as a redline and let a reviewer accept or reject.
 *
 * <p>The result is the new document with everything it has (styles, numbering, headers and footers, sections,
 * comments) and its body marked: paragraphs aligned first, words inside a changed paragraph, tables cell by
 * cell with inserted and deleted rows. Headers, footers and notes are the new ones, not compared. A document
 * that already holds tracked changes (a client's edits in Word) is compared as it reads with them accepted.
 * Same inputs and author give the same bytes.
 */
public final class Redline {

    /** A change's author and time, as Word shows it on each tracked change. */
    public record Author(String name, Instant date) {
        public Author {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * What changed: the redline DOCX (Word tracked changes), counts, and the headings of the sections that
     * changed. A stretch of changed words, a whole paragraph, a table row or a table counts as one insertion
     * and/or one deletion. A section is the text of the nearest Heading 1–3 before a change (the document's
     * title before the first heading), each once, in document order.
     */
    public record Result(byte[] docx, int insertions, int deletions, List<String> changedSections, boolean changed) {
        public Result {
            changedSections = List.copyOf(changedSections);
        }
    }

    private Redline() {
    }

    public static Result compare(byte[] oldDocx, byte[] newDocx, Author author) {
        return compare(oldDocx, "the old document", newDocx, "the new document", author);
    }

    /**
     * Compares with the names the documents have for the user, used in the message when one of them is not a
     * Word document ({@code SmsException} with one problem).
     */
    public static Result compare(byte[] oldDocx, String oldName, byte[] newDocx, String newName, Author author) {
        Objects.requireNonNull(author, "author");
        DocxPackage old = DocxPackage.read(oldDocx, oldName);
        DocxPackage revised = DocxPackage.read(newDocx, newName);
        PendingChanges.accept(old.body());
        PendingChanges.accept(revised.body());

        List<Block> oldBlocks = BlockReader.read(old.body(), old.styles());
        List<Block> newBlocks = BlockReader.read(revised.body(), revised.styles());
        TrackedChangeWriter marks = new TrackedChangeWriter(revised.document(), author);
        ChangeLog log = new ChangeLog(title(newBlocks));
        new BlockDiff(marks, new DeletedContent(marks, revised.styles()), log).diff(oldBlocks, newBlocks, revised.body());

        marks.renumber();
        boolean changed = log.insertions() + log.deletions() > 0;
        return new Result(revised.write(), log.insertions(), log.deletions(), log.sections(), changed);
    }

    /** What a change before the first heading is reported under: the title, or else the first line of text. */
    private static String title(List<Block> blocks) {
        String first = null;
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph paragraph) {
                String text = paragraph.text().visibleText();
                if (paragraph.title() && !text.isEmpty()) {
                    return text;
                }
                if (first == null && !text.isEmpty()) {
                    first = text;
                }
            }
        }
        return first == null ? "" : first;
    }
}
