package io.smsdocs.core.export.redline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts the changes as a reader sees them and remembers the section each falls in: the text of the nearest
 * Heading 1–3 before it, or the document's title for a change before the first heading (the control table,
 * the version). A changed stretch of words, a whole paragraph, a row or a table counts once, however many
 * w:ins or w:del elements it takes to mark it.
 */
final class ChangeLog {

    private final Set<String> sections = new LinkedHashSet<>();
    private String section;
    private int insertions;
    private int deletions;

    ChangeLog(String title) {
        this.section = title;
    }

    /** Passes a block in document order: a heading starts the section later changes are reported under. */
    void pass(Block block) {
        if (block instanceof Block.Paragraph paragraph && paragraph.isSectionHeading()) {
            String heading = paragraph.text().visibleText();
            if (!heading.isEmpty()) {
                section = heading;
            }
        }
    }

    void insertion() {
        insertions++;
        sections.add(section);
    }

    void deletion() {
        deletions++;
        sections.add(section);
    }

    int insertions() {
        return insertions;
    }

    int deletions() {
        return deletions;
    }

    List<String> sections() {
        return List.copyOf(sections);
    }
}
