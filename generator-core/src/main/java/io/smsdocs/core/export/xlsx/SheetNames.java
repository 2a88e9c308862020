package io.smsdocs.core.export.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Readable, unique sheet names from the headings the tables stand under. Excel allows 31 characters and none
 * of []:*?/\; a long heading is cut at a word (never "How the SMS meets the"), a colon becomes a dash, and
 * tables under the same heading are told apart by the first header cell in which they differ ("Register -
 * Risk", "Register - Opportunity"), not by a number; the heading of such a group is shortened, if it must be,
 * so that every qualifier fits whole.
 */
final class SheetNames {

    static final int MAX = 31;
    private static final String SEPARATOR = " - ";
    private static final Set<String> DANGLING = Set.of("and", "or", "of", "the", "to", "for", "in", "on", "by", "with", "a",
            "an", "und", "oder", "der", "die", "das", "des", "dem", "den", "von", "zur", "zum", "mit", "für", "im", "am",
            "bei", "-", "–");

    private SheetNames() {
    }

    /**
     * @param headings the heading above each table
     * @param headers  the header row of each table
     */
    static List<String> of(List<String> headings, List<List<String>> headers) {
        List<String> bases = headings.stream().map(SheetNames::readable).toList();
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < bases.size(); i++) {
            groups.computeIfAbsent(bases.get(i).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(i);
        }
        List<String> names = new ArrayList<>(bases);
        for (List<Integer> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            int column = distinguishingColumn(group, headers);
            if (column >= 0) {
                // One heading for the whole group, cut so that its longest qualifier still fits whole where it can.
                int longest = group.stream().mapToInt(i -> clean(headers.get(i).get(column)).length()).max().orElse(0);
                String base = cut(bases.get(group.get(0)), Math.max(MAX - SEPARATOR.length() - longest, 6));
                for (int i : group) {
                    names.set(i, cut(base + SEPARATOR + clean(headers.get(i).get(column)), MAX));
                }
            }
        }
        Set<String> used = new HashSet<>();
        List<String> unique = new ArrayList<>();
        for (String name : names) {
            String candidate = name;
            for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                String suffix = " (" + n + ")";
                candidate = cut(name, MAX - suffix.length()) + suffix;
            }
            unique.add(candidate);
        }
        return unique;
    }

    /** The first column whose header differs in every table of the group, or -1. */
    private static int distinguishingColumn(List<Integer> group, List<List<String>> headers) {
        int columns = group.stream().mapToInt(i -> headers.get(i).size()).min().orElse(0);
        for (int c = 0; c < columns; c++) {
            Set<String> seen = new HashSet<>();
            boolean distinct = true;
            for (int i : group) {
                String header = clean(headers.get(i).get(c)).toLowerCase(Locale.ROOT);
                distinct &= !header.isEmpty() && seen.add(header);
            }
            if (distinct) {
                return c;
            }
        }
        return -1;
    }

    /** A heading as a sheet name: no forbidden characters, a colon as a dash, at most 31 characters cut at a word. */
    static String readable(String heading) {
        String name = clean(heading.replace(": ", " - ").replace(":", " - "));
        if (name.isEmpty()) {
            return "Table";
        }
        if (name.length() > MAX && name.contains(" - ")) {
            // "Management system - clauses 4 to 7, 8.1 ..." reads best as its part before the colon.
            String before = name.substring(0, name.indexOf(" - ")).strip();
            if (before.length() >= 3) {
                name = before;
            }
        }
        return cut(name, MAX);
    }

    private static String clean(String text) {
        return text.replaceAll("[\\[\\]*?/\\\\:]", " ").replaceAll("\\s+", " ").replaceAll("^'+|'+$", "").strip();
    }

    /** At most max characters, cut after a whole word, without a dangling "and", "of" or comma at the end. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String[] words = text.split(" ");
        StringBuilder kept = new StringBuilder();
        for (String word : words) {
            if (kept.length() + (kept.length() > 0 ? 1 : 0) + word.length() > max) {
                break;
            }
            kept.append(kept.length() > 0 ? " " : "").append(word);
        }
        String result = kept.length() == 0 ? text.substring(0, max) : kept.toString();
        boolean trimmed = true;
        while (trimmed) {
            trimmed = false;
            String stripped = result.replaceAll("[\\s,;]+$", "");
            int space = stripped.lastIndexOf(' ');
            String last = space < 0 ? stripped : stripped.substring(space + 1);
            if (space > 0 && DANGLING.contains(last.toLowerCase(Locale.ROOT))) {
                stripped = stripped.substring(0, space);
                trimmed = true;
            }
            result = stripped;
        }
        return result.strip();
    }
}
