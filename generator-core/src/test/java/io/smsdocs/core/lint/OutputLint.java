package io.smsdocs.core.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rendered controlled document as an auditor reads it and reports what must not be in one: the
 * generator's own vocabulary ("descriptor", "smsdocs", "generated from"), a list cut short ("and 9 more") in
 * place of a complete list or a pointer to the register, a role named twice in one phrase ("the Head of Service
 * Management and the Head of Service Management"), template or editing placeholders, and sentences in the
 * standard's own requirement form (a short list of characteristic openings; we paraphrase, never quote). HTML
 * comments (the front-matter marker) are not read. Each finding names the file, the line and the rule.
 */
final class OutputLint {

    /** One rule: its name and the pattern of what it forbids. */
    record Rule(String name, Pattern pattern) {
    }

    record Finding(String file, int line, String rule, String text) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + rule + ": " + text;
        }
    }

    static final List<Rule> RULES = List.of(
            new Rule("generator wording", Pattern.compile(
                    "(?i)\\b(descriptor|deskriptor\\w*|smsdocs|sms\\.yaml|generated (again )?from|regenerated|neu erzeugt|"
                            + "generiert|front[- ]matter)\\b")),
            new Rule("list cut short", Pattern.compile("(?i)\\b(and|und) [0-9][0-9.,]* (more|weitere)\\b")),
            new Rule("placeholder", Pattern.compile("(\\$\\{|<#|</#|<@|\\bTODO\\b|\\bTBD\\b|\\bFIXME\\b|\\bXXX\\b|\\blorem ipsum\\b|\\[(?:insert|name|date)[^]]*\\])",
                    Pattern.CASE_INSENSITIVE)),
            new Rule("standard's wording", Pattern.compile(
                    "(?i)\\b(the organization shall|the service provider shall|die organisation muss|top management shall demonstrate"
                            + "|shall be retained as evidence|shall be available and suitable for use|in accordance with planned arrangements"
                            + "|loss of confidentiality, improper use(,| and) loss of integrity|where and when it is needed)\\b")));

    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");

    private OutputLint() {
    }

    /** @param roleTitles the titles of the set's roles, each of which may not be named twice in one phrase */
    static List<Finding> lint(String file, String markdown, List<String> roleTitles) {
        List<Rule> rules = new ArrayList<>(RULES);
        for (String title : roleTitles) {
            String t = Pattern.quote(title);
            rules.add(new Rule("role named twice", Pattern.compile(t + ",? (?:and|und|or|oder|,) (?:the |der |die |den |dem )?" + t + "\\b")));
        }
        return apply(file, markdown, rules);
    }

    private static List<Finding> apply(String file, String markdown, List<Rule> rules) {
        String text = blankComments(markdown);
        List<Finding> findings = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (Rule rule : rules) {
                Matcher m = rule.pattern().matcher(lines[i]);
                while (m.find()) {
                    findings.add(new Finding(file, i + 1, rule.name(), m.group()));
                }
            }
        }
        return findings;
    }

    /** Comments replaced by as many newlines as they span, so line numbers stay those of the file. */
    private static String blankComments(String markdown) {
        Matcher m = COMMENT.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("\n".repeat((int) m.group().chars().filter(c -> c == '\n').count())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
