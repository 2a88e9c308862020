package io.smsdocs.core.export.html;

import io.smsdocs.core.plan.ControlData;
import io.smsdocs.core.plan.PlannedDocument;

import java.util.List;
import java.util.Map;

/**
 * The two ways into the set besides the dashboard: the documents by family (policies, plans, procedures,
 * agreements ... as the plan classifies them), and the clauses of the edition, each with its gap status and the
 * documents and sections that address it.
 */
final class IndexPages {

    private final SiteIndex index;
    private final SiteLabels labels;

    IndexPages(SiteIndex index, SiteLabels labels) {
        this.index = index;
        this.labels = labels;
    }

    String documents() {
        StringBuilder html = new StringBuilder("<h1>").append(labels.get("site.documents.title")).append("</h1>\n<nav class=\"toc\" aria-label=\"")
                .append(labels.get("site.nav.families")).append("\">\n<ul>\n");
        for (Map.Entry<String, List<PlannedDocument>> family : index.families().entrySet()) {
            html.append("<li><a href=\"#family-").append(Html.text(family.getKey())).append("\">").append(Html.text(labels.family(family.getKey())))
                    .append("</a> <span class=\"count\">").append(family.getValue().size()).append("</span></li>\n");
        }
        html.append("</ul>\n</nav>\n");
        for (Map.Entry<String, List<PlannedDocument>> family : index.families().entrySet()) {
            html.append("<section id=\"family-").append(Html.text(family.getKey())).append("\">\n<h2>").append(Html.text(labels.family(family.getKey())))
                    .append("</h2>\n<div class=\"table-scroll\">\n<table class=\"documents\">\n<thead><tr><th scope=\"col\">")
                    .append(labels.get("site.documents.reference")).append("</th><th scope=\"col\">").append(labels.get("site.documents.title.column"))
                    .append("</th><th scope=\"col\">").append(labels.get("site.documents.version")).append("</th><th scope=\"col\">")
                    .append(labels.get("site.documents.status")).append("</th><th scope=\"col\">").append(labels.get("site.documents.nextReview"))
                    .append("</th></tr></thead>\n<tbody>\n");
            for (PlannedDocument document : family.getValue()) {
                ControlData control = document.control();
                html.append("<tr><td>").append(Html.text(document.reference())).append("</td><td><a href=\"").append(SiteIndex.page(document))
                        .append("\">").append(Html.text(document.title())).append("</a></td><td>").append(Html.text(control.version()))
                        .append("</td><td>").append(Html.text(control.status())).append("</td><td>")
                        .append(control.nextReview() == null ? "" : "<time datetime=\"" + control.nextReview() + "\">"
                                + Html.text(labels.date(control.nextReview())) + "</time>").append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n</div>\n</section>\n");
        }
        return html.toString();
    }

    String clauses() {
        StringBuilder html = new StringBuilder("<h1>").append(labels.get("site.clauses.title")).append("</h1>\n<p>")
                .append(labels.get("site.clauses.intro", index.standard())).append("</p>\n<div class=\"table-scroll\">\n<table class=\"clause-index\">\n")
                .append("<thead><tr><th scope=\"col\">").append(labels.get("site.coverage.clause")).append("</th><th scope=\"col\">")
                .append(labels.get("site.coverage.status")).append("</th><th scope=\"col\">").append(labels.get("site.clauses.sections"))
                .append("</th></tr></thead>\n<tbody>\n");
        for (SiteIndex.ClauseRow row : index.clauses()) {
            html.append("<tr id=\"").append(Html.clauseId(row.number())).append("\" class=\"depth-").append(Math.min(row.depth(), 3))
                    .append("\"><th scope=\"row\">").append(row.number()).append(' ').append(Html.text(row.title())).append("</th><td class=\"gap ")
                    .append(CoverageHeatMap.statusClass(row.status())).append("\">").append(Html.text(labels.gapStatus(row.status())))
                    .append("</td><td>");
            if (row.addresses().isEmpty()) {
                html.append("<strong class=\"flag\">").append(labels.get("site.coverage.uncovered")).append("</strong>");
            } else {
                html.append("<ul>\n");
                for (SiteIndex.Address address : row.addresses()) {
                    PlannedDocument document = address.document();
                    html.append("<li><a href=\"").append(SiteIndex.page(document)).append("\">").append(Html.text(document.title())).append("</a>");
                    for (SiteIndex.Section section : address.sections()) {
                        html.append(" · <a href=\"").append(SiteIndex.page(document)).append('#').append(Html.fragment(section.id())).append("\">")
                                .append(Html.text(section.title())).append("</a>");
                    }
                    html.append("</li>\n");
                }
                html.append("</ul>");
            }
            html.append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n</div>\n").toString();
    }
}
