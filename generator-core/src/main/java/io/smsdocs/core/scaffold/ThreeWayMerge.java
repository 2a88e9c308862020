package io.smsdocs.core.scaffold;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A line-based three-way merge (the diff3 idea): the changes from the old base to "yours" and from the old base
 * to "theirs" are both placed on the old base's lines; a stretch only one side changed takes that side's lines,
 * a stretch both changed the same way takes them once, and a stretch both changed differently becomes a
 * conflict with both versions and the old base between markers, as git writes it. Changes that touch
 * (adjacent lines) count as overlapping, like git, so nothing is merged on a guess.
 */
final class ThreeWayMerge {

    /** The merged lines and how many stretches conflict. */
    record Result(List<String> lines, int conflicts, int theirChanges) {

        String text() {
            return String.join("\n", lines) + (lines.isEmpty() ? "" : "\n");
        }
    }

    /** Labels for the conflict markers: which file each side is. */
    record Labels(String yours, String base, String theirs) {
    }

    private record Change(int start, int end, List<String> lines, boolean yours) {
    }

    private ThreeWayMerge() {
    }

    static Result merge(List<String> base, List<String> yours, List<String> theirs, Labels labels) {
        List<Change> changes = new ArrayList<>();
        changes.addAll(changes(base, yours, true));
        List<Change> their = changes(base, theirs, false);
        changes.addAll(their);
        changes.sort(Comparator.comparingInt(Change::start).thenComparingInt(Change::end).thenComparing(c -> !c.yours()));
        List<String> out = new ArrayList<>();
        int conflicts = 0;
        int position = 0;
        int i = 0;
        while (i < changes.size()) {
            // One stretch: every change that overlaps or touches the first one, transitively.
            int start = changes.get(i).start();
            int end = changes.get(i).end();
            List<Change> group = new ArrayList<>();
            while (i < changes.size() && (group.isEmpty() || changes.get(i).start() <= end)) {
                end = Math.max(end, changes.get(i).end());
                group.add(changes.get(i));
                i++;
            }
            out.addAll(base.subList(position, start));
            List<String> mine = side(base, start, end, group, true);
            List<String> other = side(base, start, end, group, false);
            boolean yoursChanged = group.stream().anyMatch(Change::yours);
            boolean theirsChanged = group.stream().anyMatch(c -> !c.yours());
            if (!theirsChanged || mine.equals(other)) {
                out.addAll(mine);
            } else if (!yoursChanged) {
                out.addAll(other);
            } else {
                conflicts++;
                out.add("<<<<<<< " + labels.yours());
                out.addAll(mine);
                out.add("||||||| " + labels.base());
                out.addAll(base.subList(start, end));
                out.add("=======");
                out.addAll(other);
                out.add(">>>>>>> " + labels.theirs());
            }
            position = end;
        }
        out.addAll(base.subList(position, base.size()));
        return new Result(List.copyOf(out), conflicts, their.size());
    }

    /** The stretch base[start, end) with one side's changes in it applied. */
    private static List<String> side(List<String> base, int start, int end, List<Change> group, boolean yours) {
        List<String> lines = new ArrayList<>();
        int position = start;
        for (Change change : group) {
            if (change.yours() != yours) {
                continue;
            }
            lines.addAll(base.subList(position, change.start()));
            lines.addAll(change.lines());
            position = change.end();
        }
        lines.addAll(base.subList(position, end));
        return lines;
    }

    private static List<Change> changes(List<String> base, List<String> revised, boolean yours) {
        List<Change> changes = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(base, revised).getDeltas()) {
            int start = delta.getSource().getPosition();
            changes.add(new Change(start, start + delta.getSource().size(), List.copyOf(delta.getTarget().getLines()), yours));
        }
        return changes;
    }
}
