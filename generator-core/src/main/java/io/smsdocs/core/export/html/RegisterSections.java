package io.smsdocs.core.export.html;

import io.smsdocs.core.export.DocumentSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard shows of two registers, in the words those registers print (the template model): the
 * suppliers with their review frequency and next review date, flagged once that date has passed, and the open
 * decisions with who takes them and where the descriptor records them.
 */
final class RegisterSections {

    private final DocumentSet set;
    private final SiteLabels labels;

    RegisterSections(DocumentSet set, SiteLabels labels) {
        this.set = set;
        this.labels = labels;
    }

    /** The suppliers' rows of the register, external ones first. */
    private List<Map<?, ?>> suppliers() {
        Map<?, ?> register = (Map<?, ?>) set.model().value("supplierRegister");
        List<Map<?, ?>> rows = new ArrayList<>();
        if (register != null) {
            for (String type : List.of("external", "internal")) {
                ((List<?>) register.get(type)).forEach(row -> rows.add((Map<?, ?>) row));
            }
        }
        return rows;
    }

    /** Suppliers whose next review date lies before the status date. */
    int overdueSupplierReviews() {
        return (int) suppliers().stream().filter(this::overdue).count();
    }

    private boolean overdue(Map<?, ?> row) {
        Object iso = row.get("nextReviewIso");
        return set.statusDate() != null && iso != null && LocalDate.parse(iso.toString()).isBefore(set.statusDate());
    }

    String suppliersSection(String registerPage) {
        StringBuilder html = new StringBuilder("<section id=\"suppliers\" aria-labelledby=\"suppliers-title\">\n<h2 id=\"suppliers-title\">");
        html.append(registerPage == null ? labels.get("site.suppliers.title")
                : "<a href=\"" + registerPage + "\">" + labels.get("site.suppliers.title") + "</a>").append("</h2>\n");
        List<Map<?, ?>> rows = suppliers();
        if (rows.isEmpty()) {
            return html.append("<p>").append(labels.get("site.suppliers.none")).append("</p>\n</section>\n").toString();
        }
        html.append("<div class=\"table-scroll\">\n<table class=\"suppliers\">\n<thead><tr><th scope=\"col\">").append(labels.get("site.suppliers.supplier"))
                .append("</th><th scope=\"col\">").append(labels.get("site.suppliers.type")).append("</th><th scope=\"col\">")
                .append(labels.get("site.suppliers.frequency")).append("</th><th scope=\"col\">").append(labels.get("site.suppliers.next"))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Map<?, ?> row : rows) {
            Map<?, ?> supplier = (Map<?, ?>) row.get("supplier");
            boolean overdue = overdue(row);
            html.append("<tr").append(overdue ? " class=\"overdue\"" : "").append("><th scope=\"row\">").append(Html.text((String) supplier.get("name")))
                    .append("</th><td>").append(labels.get("site.suppliers.type." + supplier.get("type"))).append("</td><td>")
                    .append(Html.text(String.valueOf(row.get("reviewFrequency")))).append("</td><td>");
            Object iso = row.get("nextReviewIso");
            html.append(iso == null ? Html.text(String.valueOf(row.get("nextReview")))
                    : "<time datetime=\"" + iso + "\">" + Html.text(String.valueOf(row.get("nextReview"))) + "</time>");
            if (overdue) {
                html.append(" <strong class=\"flag\">").append(labels.get("site.suppliers.overdue")).append("</strong>");
            }
            html.append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n</div>\n</section>\n").toString();
    }

    int openDecisions() {
        return set.plan().openDecisions().size();
    }

    String decisionsSection(String registerPage) {
        StringBuilder html = new StringBuilder("<section id=\"decisions\" aria-labelledby=\"decisions-title\">\n<h2 id=\"decisions-title\">");
        html.append(registerPage == null ? labels.get("site.decisions.title")
                : "<a href=\"" + registerPage + "\">" + labels.get("site.decisions.title") + "</a>").append("</h2>\n");
        Map<?, ?> decisions = (Map<?, ?>) set.model().value("decisions");
        List<?> open = decisions == null ? List.of() : (List<?>) decisions.get("open");
        if (open.isEmpty()) {
            return html.append("<p>").append(labels.get("site.decisions.none")).append("</p>\n</section>\n").toString();
        }
        html.append("<p>").append(labels.get("site.decisions.intro")).append("</p>\n")
                .append("<div class=\"table-scroll\">\n<table class=\"decisions\">\n<thead><tr><th scope=\"col\">")
                .append(labels.get("site.decisions.decision")).append("</th><th scope=\"col\">").append(labels.get("site.decisions.subject"))
                .append("</th><th scope=\"col\">").append(labels.get("site.decisions.decider")).append("</th><th scope=\"col\">")
                .append(labels.get("site.decisions.key")).append("</th></tr></thead>\n<tbody>\n");
        for (Object item : open) {
            Map<?, ?> decision = (Map<?, ?>) item;
            html.append("<tr><th scope=\"row\">").append(Html.text((String) decision.get("id"))).append("</th><td>")
                    .append(Html.text((String) decision.get("subject"))).append("</td><td>").append(Html.text((String) decision.get("deciderName")))
                    .append("</td><td><code>").append(Html.text((String) decision.get("key"))).append("</code></td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n</div>\n</section>\n").toString();
    }
}
