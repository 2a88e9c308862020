package io.smsdocs.core.export.clauseindex;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The clause index as one self-contained HTML page: its stylesheet inline, no script, nothing fetched, so it opens
 * from the unpacked evidence pack (or the zip viewer) offline. Each clause is a heading with an id (clause-8-6-1, as
 * on the site), the contents list links to them, and a document links to its DOCX in the pack only.
 */
public final class ClauseIndexHtml {

    private static final String STYLE = """
            body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.25rem 2rem; color: #1d2430; line-height: 1.5;
              font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
            a { color: #0b5cad; }
            h1 { font-size: 1.9rem; line-height: 1.2; color: #0b3d6e; }
            h2 { font-size: 1.4rem; margin: 2rem 0 .6rem; color: #0b3d6e; }
            h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
            h4 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
            :target { background: #fff6d6; }
            table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .92rem; width: 100%; }
            th, td { border: 1px solid #d5dbe3; padding: .3rem .55rem; text-align: left; vertical-align: top; }
            thead th, table.release th { background: #f4f6f9; }
            table.release { width: auto; }
            caption { text-align: left; font-weight: 600; padding: .2rem 0; }
            .flag { color: #b0003a; }
            .lead { color: #5b6472; }
            nav.contents ol { columns: 3 16rem; list-style: none; padding: 0; font-size: .92rem; }
            nav.contents li.depth-0 { font-weight: 600; margin-top: .3rem; }
            @media print { nav.contents { display: none; } a { color: inherit; text-decoration: none; } }
            """;

    private ClauseIndexHtml() {
    }

    /**
     * @param messages the set's messages (clauseIndex.*), in its language
     * @param link     where a document of the set is, relative to the page (null: no link), by document id
     */
    public static byte[] write(ClauseIndex index, Map<String, String> messages, Function<String, String> link) {
        ClauseIndexLabels labels = new ClauseIndexLabels(messages, index.language());
        String title = labels.get("clauseIndex.title") + ": " + index.standard();
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(text(index.language())).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"smsdocs\">\n")
                .append("<title>").append(text(title)).append(" · ").append(text(index.organization())).append("</title>\n<style>\n")
                .append(STYLE).append("</style>\n</head>\n<body>\n<main>\n<h1>").append(text(title)).append("</h1>\n");
        ClauseIndex.Release release = index.release();
        html.append("<p class=\"lead\">").append(text(release == null ? labels.get("clauseIndex.introUnreleased", index.standard())
                : labels.get("clauseIndex.intro", index.standard(), release.tag()))).append("</p>\n<table class=\"release\">\n<tbody>\n");
        row(html, labels.get("clauseIndex.organization"), index.organization());
        if (release != null) {
            row(html, labels.get("clauseIndex.release"), release.tag());
            row(html, labels.get("clauseIndex.approvedBy"), release.approver());
            html.append("<tr><th scope=\"row\">").append(text(labels.get("clauseIndex.approvedOn"))).append("</th><td><time datetime=\"")
                    .append(release.date()).append("\">").append(text(labels.date(release.date()))).append("</time></td></tr>\n");
            row(html, labels.get("clauseIndex.note"), release.note());
        }
        row(html, labels.get("clauseIndex.standard"), index.standard());
        html.append("</tbody>\n</table>\n");
        List<ClauseIndex.Entry> uncovered = index.uncovered();
        if (uncovered.isEmpty()) {
            html.append("<p><strong>").append(text(labels.get("clauseIndex.allCovered"))).append("</strong></p>\n");
        } else {
            html.append("<p><strong class=\"flag\">").append(text(labels.get("clauseIndex.uncovered", "\u0000"))
                    .replace("\u0000", String.join(", ", uncovered.stream().map(e -> "<a href=\"#" + id(e.number()) + "\">" + text(e.number()
                            + " " + e.title()) + "</a>").toList()))).append("</strong></p>\n");
        }
        contents(html, index, labels);
        for (ClauseIndex.Entry entry : index.clauses()) {
            clause(html, entry, labels, link);
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void contents(StringBuilder html, ClauseIndex index, ClauseIndexLabels labels) {
        html.append("<nav class=\"contents\" aria-label=\"").append(text(labels.get("clauseIndex.contents"))).append("\">\n<h2>")
                .append(text(labels.get("clauseIndex.contents"))).append("</h2>\n<ol>\n");
        for (ClauseIndex.Entry entry : index.clauses()) {
            html.append("<li class=\"depth-").append(Math.min(entry.depth(), 2)).append("\"><a href=\"#").append(id(entry.number())).append("\">")
                    .append(text(entry.number() + " " + entry.title())).append("</a>")
                    .append(entry.documents().isEmpty() ? " <span class=\"flag\">✗</span>" : "").append("</li>\n");
        }
        html.append("</ol>\n</nav>\n");
    }

    private static void clause(StringBuilder html, ClauseIndex.Entry entry, ClauseIndexLabels labels, Function<String, String> link) {
        int level = 2 + Math.min(entry.depth(), 2);
        html.append("<section class=\"clause\">\n<h").append(level).append(" id=\"").append(id(entry.number())).append("\">")
                .append(text(entry.number() + " " + entry.title())).append("</h").append(level).append(">\n");
        if (entry.documents().isEmpty()) {
            html.append("<p><strong class=\"flag\">").append(text(labels.get("clauseIndex.noDocument"))).append("</strong></p>\n");
        } else {
            html.append("<table class=\"documents\">\n<thead><tr>");
            for (String key : List.of("document", "sections", "version", "approvedOn", "approvedBy")) {
                html.append("<th scope=\"col\">").append(text(labels.get("clauseIndex." + key))).append("</th>");
            }
            html.append("</tr></thead>\n<tbody>\n");
            for (ClauseIndex.Addressing document : entry.documents()) {
                String target = link == null ? null : link.apply(document.id());
                html.append("<tr><td>").append(target == null ? text(document.title())
                                : "<a href=\"" + text(target) + "\">" + text(document.title()) + "</a>").append(" (")
                        .append(text(document.reference())).append(")</td><td>");
                if (document.sections().isEmpty()) {
                    html.append(text(labels.get("clauseIndex.wholeDocument")));
                } else {
                    html.append(String.join("<br>", document.sections().stream().map(ClauseIndexHtml::text).toList()));
                }
                html.append("</td><td>").append(text(document.version())).append("</td><td>")
                        .append(document.draft() ? text(labels.get("clauseIndex.draft")) : "<time datetime=\"" + document.approvedOn() + "\">"
                                + text(labels.date(document.approvedOn())) + "</time>")
                        .append("</td><td>").append(text(document.approvedBy())).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        if (!entry.records().isEmpty()) {
            html.append("<table class=\"records\">\n<caption>").append(text(labels.get("clauseIndex.records"))).append("</caption>\n<thead><tr>");
            for (String key : List.of("record", "where", "owner", "retention")) {
                html.append("<th scope=\"col\">").append(text(labels.get("clauseIndex." + key))).append("</th>");
            }
            html.append("</tr></thead>\n<tbody>\n");
            for (ClauseIndex.Evidence record : entry.records()) {
                html.append("<tr><td>").append(text(ClauseIndexDocx.recordName(record, labels))).append("</td><td>").append(text(record.where()))
                        .append("</td><td>").append(text(record.owner())).append("</td><td>")
                        .append(text(record.retention() == null ? "—" : record.retention())).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        html.append("</section>\n");
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th scope=\"row\">").append(text(label)).append("</th><td>").append(text(value)).append("</td></tr>\n");
    }

    /** The id of a clause's heading, as the site gives its row: clause-8-6-1. */
    static String id(String clause) {
        return "clause-" + clause.replace('.', '-');
    }

    private static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
