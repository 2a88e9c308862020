package io.smsdocs.core.render;

import io.smsdocs.core.descriptor.model.Gap;
import io.smsdocs.core.plan.PlannedDocument;
import io.smsdocs.core.standard.Clause;
import io.smsdocs.core.standard.ClauseCatalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which documents and sections address each clause, read from the rendered Markdown: a section's
 * clause line (written by {@code sms.section}) sits directly under its heading. Together with the gap
 * assessment this is the data of the traceability matrix. Forms are left out: the matrix lists them apart.
 */
public final class Traceability {

    private static final Pattern HEADING = Pattern.compile("^(#{2,4}) (.+)$");
    private static final Pattern CLAUSE_LINE = Pattern.compile("^\\*ISO/IEC 20000-1:\\d{4}: (.+)\\*$");
    private static final Pattern CLAUSE_NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)*) ");

    private Traceability() {
    }

    /** One entry per clause of the edition, in catalogue order, as template data. */
    public static List<Object> of(List<RenderedDocument> documents, ClauseCatalogue catalogue, List<Gap> gaps) {
        return of(documents, catalogue, gaps, number -> catalogue.all().stream().filter(c -> c.number().equals(number))
                .findFirst().map(Clause::title).orElse(number));
    }

    /** @param title the title of a clause in the set's language */
    public static List<Object> of(List<RenderedDocument> documents, ClauseCatalogue catalogue, List<Gap> gaps,
                                  java.util.function.Function<String, String> title) {
        Map<String, Map<String, List<String>>> sectionsByClause = new LinkedHashMap<>();
        Map<String, PlannedDocument> byId = new LinkedHashMap<>();
        for (RenderedDocument rendered : documents) {
            PlannedDocument document = rendered.document();
            if (document.form()) {
                continue;   // a form addresses no clause, even where an override's section cites one
            }
            byId.put(document.id(), document);
            for (String clause : document.clauses()) {
                sectionsByClause.computeIfAbsent(clause, c -> new LinkedHashMap<>()).computeIfAbsent(document.id(), d -> new ArrayList<>());
            }
            String section = null;
            String markdown = rendered.markdown();
            for (int start = 0, end; start < markdown.length(); start = end + 1) {
                end = markdown.indexOf('\n', start);
                end = end < 0 ? markdown.length() : end;
                // Only a line that starts with '#' can be a heading, and only one whose first other than white space
                // is '*' a clause line: the others (most of a set) are not cut out and matched.
                if (!mayBeHeadingOrClauses(markdown, start, end)) {
                    continue;
                }
                String line = markdown.substring(start, end);
                Matcher heading = HEADING.matcher(line);
                if (heading.matches()) {
                    section = heading.group(2).strip();
                    continue;
                }
                if (section == null) {
                    continue;
                }
                for (String clause : clausesOfLine(line)) {
                    List<String> sections = sectionsByClause.computeIfAbsent(clause, c -> new LinkedHashMap<>())
                            .computeIfAbsent(document.id(), d -> new ArrayList<>());
                    if (!sections.contains(section)) {
                        sections.add(section);
                    }
                }
            }
        }
        Map<String, Gap> gapByClause = new LinkedHashMap<>();
        gaps.forEach(gap -> gapByClause.put(gap.clause(), gap));
        List<Object> entries = new ArrayList<>();
        for (Clause clause : catalogue.all()) {
            List<Object> references = new ArrayList<>();
            sectionsByClause.getOrDefault(clause.number(), Map.of()).forEach((id, sections) -> {
                PlannedDocument document = byId.get(id);
                references.add(Map.of("id", id, "title", document.title(), "reference", document.reference(),
                        "file", document.markdownFile(), "sections", List.copyOf(sections)));
            });
            Gap gap = nearestGap(clause.number(), gapByClause);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("clause", clause.number());
            entry.put("title", title.apply(clause.number()));
            entry.put("documented", clause.documentedInformation());
            entry.put("status", gap == null ? "not assessed" : gap.status());
            if (gap != null && gap.note() != null) {
                entry.put("note", gap.note());
            }
            entry.put("documents", List.copyOf(references));
            entries.add(java.util.Collections.unmodifiableMap(entry));
        }
        return List.copyOf(entries);
    }

    private static boolean mayBeHeadingOrClauses(String markdown, int start, int end) {
        if (start < end && markdown.charAt(start) == '#') {
            return true;
        }
        int first = start;
        while (first < end && Character.isWhitespace(markdown.charAt(first))) {
            first++;
        }
        return first < end && markdown.charAt(first) == '*';
    }

    /**
     * The clause numbers a section's clause line names ({@code *ISO/IEC 20000-1:2018: 8.6.1 Incident management*},
     * written by {@code sms.section} under its heading); none when the line is not one.
     */
    public static List<String> clausesOfLine(String line) {
        Matcher clauses = CLAUSE_LINE.matcher(line.strip());
        if (!clauses.matches()) {
            return List.of();
        }
        List<String> numbers = new ArrayList<>();
        for (String item : clauses.group(1).split("; ")) {
            Matcher number = CLAUSE_NUMBER.matcher(item);
            if (number.find()) {
                numbers.add(number.group(1));
            }
        }
        return numbers;
    }

    /** A sub-clause shares the assessment of its nearest assessed parent (8.5.1.2 takes that of 8.5.1). */
    private static Gap nearestGap(String clause, Map<String, Gap> gaps) {
        String current = clause;
        while (true) {
            Gap gap = gaps.get(current);
            if (gap != null) {
                return gap;
            }
            int dot = current.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            current = current.substring(0, dot);
        }
    }
}
