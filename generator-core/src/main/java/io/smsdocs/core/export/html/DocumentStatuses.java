package io.smsdocs.core.export.html;

import io.smsdocs.core.check.ReviewDateCheck;
import io.smsdocs.core.plan.ControlData;
import io.smsdocs.core.plan.PlannedDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The documents of the set by status on the status date: approved, approved but past the next review date (the
 * rule of sms:check), draft, and draft past the approval the implementation plan planned for it. The four exclude
 * each other, so they add up to the set; the dashboard draws them as one bar with a table beside it.
 */
final class DocumentStatuses {

    enum Status {
        APPROVED("site.status.approved", "approved"),
        REVIEW_OVERDUE("site.status.reviewOverdue", "review-overdue"),
        DRAFT("site.status.draft", "draft"),
        APPROVAL_OVERDUE("site.status.approvalOverdue", "approval-overdue");

        final String label;
        final String css;

        Status(String label, String css) {
            this.label = label;
            this.css = css;
        }
    }

    /** A document with its status and, when overdue, the day it was due. */
    record Entry(PlannedDocument document, Status status, LocalDate due) {
    }

    private final List<Entry> entries;
    private final Map<Status, Integer> counts = new EnumMap<>(Status.class);

    /** @param statusDate null: nothing is overdue, since there is no day to compare with */
    DocumentStatuses(List<PlannedDocument> documents, LocalDate statusDate) {
        List<Entry> all = new ArrayList<>();
        for (Status status : Status.values()) {
            counts.put(status, 0);
        }
        for (PlannedDocument document : documents) {
            Entry entry = entry(document, statusDate);
            all.add(entry);
            counts.merge(entry.status(), 1, Integer::sum);
        }
        this.entries = List.copyOf(all);
    }

    private static Entry entry(PlannedDocument document, LocalDate statusDate) {
        ControlData control = document.control();
        if (control.draft()) {
            LocalDate planned = control.plannedApproval();
            boolean late = statusDate != null && planned != null && planned.isBefore(statusDate);
            return new Entry(document, late ? Status.APPROVAL_OVERDUE : Status.DRAFT, late ? planned : null);
        }
        boolean overdue = statusDate != null && ReviewDateCheck.overdue(control, statusDate);
        return new Entry(document, overdue ? Status.REVIEW_OVERDUE : Status.APPROVED, overdue ? control.nextReview() : null);
    }

    int count(Status status) {
        return counts.get(status);
    }

    int approved() {
        return count(Status.APPROVED) + count(Status.REVIEW_OVERDUE);
    }

    int drafts() {
        return count(Status.DRAFT) + count(Status.APPROVAL_OVERDUE);
    }

    /** The section of the dashboard: the bar, its table, and the overdue documents with the day each was due. */
    String section(SiteLabels labels, LocalDate statusDate) {
        StringBuilder html = new StringBuilder();
        html.append("<section id=\"status\" aria-labelledby=\"status-title\">\n<h2 id=\"status-title\">")
                .append(labels.get("site.status.title")).append("</h2>\n");
        if (statusDate != null) {
            html.append("<p>").append(labels.get("site.status.intro", entries.size(), labels.date(statusDate))).append("</p>\n");
        }
        html.append("<figure class=\"status-figure\">\n").append(bar(labels)).append("<figcaption>\n<table class=\"legend-table\">\n<tbody>\n");
        for (Status status : Status.values()) {
            html.append("<tr data-status=\"").append(status.css).append("\"><th scope=\"row\"><span class=\"swatch ").append(status.css)
                    .append("\" aria-hidden=\"true\"></span>").append(labels.get(status.label)).append("</th><td class=\"number\">")
                    .append(count(status)).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</figcaption>\n</figure>\n");
        for (Status status : List.of(Status.REVIEW_OVERDUE, Status.APPROVAL_OVERDUE)) {
            overdueList(html, labels, status);
        }
        return html.append("</section>\n").toString();
    }

    private void overdueList(StringBuilder html, SiteLabels labels, Status status) {
        List<Entry> overdue = entries.stream().filter(e -> e.status() == status).toList();
        html.append("<h3 id=\"").append(status.css).append("\">").append(labels.get(status.label)).append(" <span class=\"count\">")
                .append(overdue.size()).append("</span></h3>\n");
        if (overdue.isEmpty()) {
            html.append("<p>").append(labels.get("site.status.none")).append("</p>\n");
            return;
        }
        html.append("<div class=\"table-scroll\">\n<table class=\"overdue\" data-overdue=\"").append(status.css).append("\">\n<thead><tr><th scope=\"col\">")
                .append(labels.get("site.documents.reference")).append("</th><th scope=\"col\">").append(labels.get("site.status.document"))
                .append("</th><th scope=\"col\">").append(labels.get("site.status.status")).append("</th><th scope=\"col\">")
                .append(labels.get("site.status.due")).append("</th></tr></thead>\n<tbody>\n");
        for (Entry entry : overdue) {
            PlannedDocument document = entry.document();
            html.append("<tr><td>").append(Html.text(document.reference())).append("</td><td><a href=\"").append(SiteIndex.page(document))
                    .append("\">").append(Html.text(document.title())).append("</a></td><td>").append(Html.text(document.control().status()))
                    .append("</td><td><time datetime=\"").append(entry.due()).append("\">").append(labels.date(entry.due()))
                    .append("</time></td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n");
    }

    /** One bar divided by status; the table under it holds the same numbers as text. */
    private String bar(SiteLabels labels) {
        int total = Math.max(1, entries.size());
        double width = 1000;
        StringBuilder parts = new StringBuilder();
        StringBuilder svg = new StringBuilder();
        double x = 0;
        for (Status status : Status.values()) {
            int n = count(status);
            parts.append(parts.length() == 0 ? "" : ", ").append(labels.raw(status.label)).append(' ').append(n);
            if (n == 0) {
                continue;
            }
            double w = width * n / total;
            svg.append("<rect class=\"").append(status.css).append("\" x=\"").append(number(x)).append("\" y=\"0\" width=\"")
                    .append(number(w)).append("\" height=\"48\"><title>").append(labels.get(status.label)).append(": ").append(n)
                    .append("</title></rect>\n");
            x += w;
        }
        return "<svg class=\"status-bar\" viewBox=\"0 0 1000 48\" preserveAspectRatio=\"none\" role=\"img\" "
                + "aria-labelledby=\"status-bar-title status-bar-desc\">\n<title id=\"status-bar-title\">" + labels.get("site.status.chart")
                + "</title>\n<desc id=\"status-bar-desc\">" + Html.text(labels.raw("site.status.chartDesc", entries.size(), parts.toString()))
                + "</desc>\n" + svg + "</svg>\n";
    }

    /** One decimal, no locale: the same text on every machine. */
    static String number(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + Math.abs(tenths % 10);
    }
}
