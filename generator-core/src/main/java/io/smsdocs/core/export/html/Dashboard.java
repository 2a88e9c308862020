package io.smsdocs.core.export.html;

import io.smsdocs.core.export.DocumentSet;

import java.util.Map;

/**
 * The site's index page: the key figures (clauses covered, gap assessment, documents approved and in draft, what is
 * overdue, open decisions), then the clause coverage heat map, the documents by status, the implementation plan,
 * the capability profile, the supplier reviews and the open decisions. Everything as of the set's status date.
 */
final class Dashboard {

    private final DocumentSet set;
    private final SiteIndex index;
    private final SiteLabels labels;

    Dashboard(DocumentSet set, SiteIndex index, SiteLabels labels) {
        this.set = set;
        this.index = index;
        this.labels = labels;
    }

    String main(String organization) {
        CoverageHeatMap coverage = new CoverageHeatMap(index);
        DocumentStatuses statuses = new DocumentStatuses(index.documents(), set.statusDate());
        RegisterSections registers = new RegisterSections(set, labels);
        ProgrammeSections programme = new ProgrammeSections(set, labels);
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<h1>").append(Html.text(organization)).append("</h1>\n<p class=\"lead\">").append(Html.text(index.standard()))
                .append(" · ").append(labels.get("site.title")).append("</p>\n");
        html.append(statusDateNote());
        figures(html, coverage, statuses, registers);
        html.append(coverage.section(labels)).append(statuses.section(labels, set.statusDate())).append(programme.plan())
                .append(programme.capability()).append(registers.suppliersSection(page("supplier-register")))
                .append(registers.decisionsSection(page("decision-register")));
        return html.toString();
    }

    /** The page of a document of the set by template id, or null when the set has none. */
    private String page(String templateId) {
        return index.documents().stream().filter(d -> d.template().id().equals(templateId)).findFirst().map(SiteIndex::page).orElse(null);
    }

    private String statusDateNote() {
        if (set.statusDate() == null) {
            return "<p class=\"status-date\">" + labels.get("site.statusDate.none") + "</p>\n";
        }
        String date = "<time datetime=\"" + set.statusDate() + "\">" + Html.text(labels.date(set.statusDate())) + "</time>";
        return "<p class=\"status-date\"><strong>" + labels.get("site.statusDate", "\u0000").replace("\u0000", date)
                + "</strong>: " + labels.get(set.statusDateGiven() ? "site.statusDate.given" : "site.statusDate.descriptor") + "</p>\n";
    }

    private void figures(StringBuilder html, CoverageHeatMap coverage, DocumentStatuses statuses, RegisterSections registers) {
        int reviews = statuses.count(DocumentStatuses.Status.REVIEW_OVERDUE);
        int approvals = statuses.count(DocumentStatuses.Status.APPROVAL_OVERDUE);
        int suppliers = registers.overdueSupplierReviews();
        html.append("<section class=\"figures\" aria-labelledby=\"figures-title\">\n<h2 id=\"figures-title\" class=\"visually-hidden\">")
                .append(labels.get("site.figures")).append("</h2>\n<dl>\n");
        figure(html, "coverage", "#coverage", labels.get("site.figure.coverage"),
                labels.get("site.figure.coverage.value", coverage.covered(), coverage.clauses()),
                percent(coverage.covered(), coverage.clauses(), labels.raw("percentSuffix")));
        StringBuilder gaps = new StringBuilder();
        for (Map.Entry<String, Integer> status : coverage.byStatus().entrySet()) {
            gaps.append("<span class=\"gap-count ").append(CoverageHeatMap.statusClass(status.getKey())).append("\" data-status=\"")
                    .append(CoverageHeatMap.statusClass(status.getKey())).append("\">").append(Html.text(labels.gapStatus(status.getKey())))
                    .append(" <b>").append(status.getValue()).append("</b></span> ");
        }
        figure(html, "gaps", "#coverage", labels.get("site.figure.gaps"), null, gaps.toString().strip());
        figure(html, "documents", "#status", labels.get("site.figure.documents"), String.valueOf(index.documents().size()),
                labels.get("site.figure.documents.value", statuses.approved(), statuses.drafts()));
        figure(html, "overdue", "#status", labels.get("site.figure.overdue"), String.valueOf(reviews + approvals + suppliers),
                labels.get("site.figure.overdue.value", reviews, approvals, suppliers));
        figure(html, "decisions", "#decisions", labels.get("site.figure.decisions"), String.valueOf(registers.openDecisions()), null);
        html.append("</dl>\n</section>\n");
    }

    /** One key figure: its name, its value (large) and a line of detail, linking to the section that explains it. */
    private static void figure(StringBuilder html, String key, String target, String name, String value, String detail) {
        html.append("<div class=\"figure\" data-figure=\"").append(key).append("\">\n<dt><a href=\"").append(target).append("\">")
                .append(name).append("</a></dt>\n");
        if (value != null) {
            html.append("<dd class=\"value\">").append(value).append("</dd>\n");
        }
        if (detail != null) {
            html.append("<dd class=\"detail\">").append(detail).append("</dd>\n");
        }
        html.append("</div>\n");
    }

    private static String percent(int part, int whole, String suffix) {
        return whole == 0 ? "" : Html.text(Math.round(100.0 * part / whole) + suffix);
    }
}
