package io.smsdocs.core.export.html;

import io.smsdocs.core.plan.PlannedDocument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clause coverage of the edition as a heat map: a row per clause with its gap status, a column per document
 * that can address a clause, and in each cell the number of the document's sections that address the clause,
 * shaded by that number and linking to the first of them. It is a table, not a picture: a screen reader reads
 * each cell with its row and column, a keyboard reaches every link, and it prints as it shows.
 */
final class CoverageHeatMap {

    private final SiteIndex index;
    private final List<PlannedDocument> columns;

    CoverageHeatMap(SiteIndex index) {
        this.index = index;
        this.columns = index.addressing();
    }

    /** The clauses that some document addresses, as the traceability matrix counts them. */
    int covered() {
        return (int) index.clauses().stream().filter(row -> !row.addresses().isEmpty()).count();
    }

    int clauses() {
        return index.clauses().size();
    }

    /** The clauses by gap status ("implemented", "partial", "missing", "not assessed"), in that order. */
    Map<String, Integer> byStatus() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String status : List.of("implemented", "partial", "missing", "not assessed")) {
            counts.put(status, 0);
        }
        index.clauses().forEach(row -> counts.merge(row.status(), 1, Integer::sum));
        return counts;
    }

    String section(SiteLabels labels) {
        StringBuilder html = new StringBuilder();
        html.append("<section id=\"coverage\" aria-labelledby=\"coverage-title\">\n<h2 id=\"coverage-title\">")
                .append(labels.get("site.coverage.title")).append(" <span class=\"edition\">").append(Html.text(index.standard()))
                .append("</span></h2>\n<p>").append(labels.get("site.coverage.intro", index.standard())).append("</p>\n");
        legend(html, labels);
        html.append("<div class=\"table-scroll heat-scroll\">\n<table class=\"heat-map\">\n<caption>").append(labels.get("site.coverage.title"))
                .append(", ").append(Html.text(index.standard())).append("</caption>\n<thead>\n<tr><th scope=\"col\" class=\"clause-col\">")
                .append(labels.get("site.coverage.clause")).append("</th><th scope=\"col\">").append(labels.get("site.coverage.status"))
                .append("</th><th scope=\"col\" class=\"count-col\">").append(labels.get("site.coverage.count")).append("</th>");
        for (PlannedDocument document : columns) {
            String name = Html.text(SiteIndex.shortReference(document) + " " + document.title());
            html.append("<th scope=\"col\" class=\"doc-col\"><a href=\"").append(SiteIndex.page(document)).append("\" title=\"")
                    .append(name).append("\" aria-label=\"").append(name).append("\"><span>").append(Html.text(SiteIndex.shortReference(document)))
                    .append("</span></a></th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (SiteIndex.ClauseRow row : index.clauses()) {
            row(html, labels, row);
        }
        return html.append("</tbody>\n</table>\n</div>\n</section>\n").toString();
    }

    private void row(StringBuilder html, SiteLabels labels, SiteIndex.ClauseRow row) {
        Map<String, SiteIndex.Address> byDocument = new LinkedHashMap<>();
        row.addresses().forEach(a -> byDocument.put(a.document().id(), a));
        String status = statusClass(row.status());
        html.append("<tr id=\"heat-").append(Html.clauseId(row.number()).substring("clause-".length())).append("\" data-clause=\"")
                .append(row.number()).append("\" class=\"depth-").append(Math.min(row.depth(), 3))
                .append(row.addresses().isEmpty() ? " uncovered" : "").append("\">")
                .append("<th scope=\"row\" class=\"clause-col\"><a href=\"clauses.html#").append(Html.clauseId(row.number())).append("\">")
                .append(row.number()).append(' ').append(Html.text(row.title())).append("</a></th>")
                .append("<td class=\"gap ").append(status).append("\">").append(Html.text(labels.gapStatus(row.status()))).append("</td>")
                .append("<td class=\"number count-col\">").append(row.addresses().size()).append("</td>");
        for (PlannedDocument document : columns) {
            SiteIndex.Address address = byDocument.get(document.id());
            if (address == null) {
                html.append("<td class=\"cell\"></td>");
                continue;
            }
            int sections = address.sections().size();
            String label = sections == 0 ? labels.raw("site.coverage.cellHeader", row.number(), document.title())
                    : labels.raw("site.coverage.cell", row.number(), document.title(),
                    String.join("; ", address.sections().stream().map(SiteIndex.Section::title).toList()));
            html.append("<td class=\"cell heat-").append(sections >= 3 ? "3" : String.valueOf(sections)).append("\"><a href=\"")
                    .append(address.href()).append("\" title=\"").append(Html.text(label)).append("\" aria-label=\"")
                    .append(Html.text(label)).append("\">").append(sections == 0 ? "·" : String.valueOf(sections)).append("</a></td>");
        }
        html.append("</tr>\n");
    }

    private static void legend(StringBuilder html, SiteLabels labels) {
        html.append("<p class=\"legend\"><span class=\"legend-title\">").append(labels.get("site.coverage.legend")).append(":</span> ");
        for (String[] entry : new String[][] {{"heat-0", "·", "site.coverage.legend.header"}, {"heat-1", "1", "site.coverage.legend.one"},
                {"heat-2", "2", "site.coverage.legend.two"}, {"heat-3", "3", "site.coverage.legend.more"}}) {
            html.append("<span class=\"legend-item\"><span class=\"cell-sample ").append(entry[0]).append("\" aria-hidden=\"true\">")
                    .append(entry[1]).append("</span> ").append(labels.get(entry[2])).append("</span> ");
        }
        html.append("</p>\n");
    }

    /** The CSS class of a gap status: implemented, partial, missing, not-assessed. */
    static String statusClass(String status) {
        return status.replace(' ', '-');
    }
}
