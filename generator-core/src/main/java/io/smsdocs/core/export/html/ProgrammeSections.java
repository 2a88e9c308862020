package io.smsdocs.core.export.html;

import io.smsdocs.core.export.DocumentSet;
import io.smsdocs.core.programme.ImplementationPlan;
import io.smsdocs.core.programme.ScheduledActivity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The programme on the dashboard: the implementation plan as a Gantt chart with a line at the status date, and
 * the capability profile; each chart inline with its title and description, and its data as a table beside it.
 * Titles and dates are the documents' own (the template model's), so the dashboard says what the plan says.
 */
final class ProgrammeSections {

    private final DocumentSet set;
    private final SiteLabels labels;

    ProgrammeSections(DocumentSet set, SiteLabels labels) {
        this.set = set;
        this.labels = labels;
    }

    String plan() {
        StringBuilder html = new StringBuilder("<section id=\"plan\" aria-labelledby=\"plan-title\">\n<h2 id=\"plan-title\">")
                .append(labels.get("site.plan.title")).append("</h2>\n");
        LocalDate statusDate = set.statusDate();
        String svg = set.model().ganttSvg(statusDate);
        Map<?, ?> model = (Map<?, ?>) set.model().value("implementationPlan");
        if (svg == null || model == null) {
            return html.append("<p>").append(labels.get("site.plan.undated")).append("</p>\n</section>\n").toString();
        }
        ImplementationPlan plan = set.plan().programme().plan();
        List<?> activities = (List<?>) model.get("activities");
        List<?> milestones = (List<?>) model.get("milestones");
        String caption = set.model().ganttShows(statusDate) ? "site.plan.caption" : "site.plan.captionNoLine";
        html.append("<figure class=\"chart-figure\">\n")
                .append(InlineSvg.of(svg, "gantt", labels.raw("site.plan.desc", activities.size(), milestones.size())))
                .append("<figcaption>").append(labels.get(caption, model.get("start"), model.get("end")))
                .append(statusDate == null ? "" : " " + labels.get("site.statusDate", labels.date(statusDate)))
                .append("</figcaption>\n");
        Map<String, ScheduledActivity> scheduled = new LinkedHashMap<>();
        plan.scheduled().forEach(a -> scheduled.put(a.id(), a));
        html.append("<details class=\"data-table\">\n<summary>").append(labels.get("site.plan.table")).append("</summary>\n")
                .append("<div class=\"table-scroll\">\n<table>\n<thead><tr><th scope=\"col\">ID</th><th scope=\"col\">")
                .append(labels.get("site.plan.activity")).append("</th><th scope=\"col\">").append(labels.get("site.plan.owner"))
                .append("</th><th scope=\"col\">").append(labels.get("site.plan.start")).append("</th><th scope=\"col\">")
                .append(labels.get("site.plan.end")).append("</th>")
                .append(statusDate == null ? "" : "<th scope=\"col\">" + labels.get("site.plan.state") + "</th>").append("</tr></thead>\n<tbody>\n");
        for (Object item : activities) {
            Map<?, ?> activity = (Map<?, ?>) item;
            ScheduledActivity dates = scheduled.get((String) activity.get("id"));
            html.append("<tr><td>").append(Html.text((String) activity.get("id"))).append("</td><td>")
                    .append(Html.text((String) activity.get("title"))).append("</td><td>").append(Html.text(String.valueOf(activity.get("ownerTitle"))))
                    .append("</td><td>").append(Html.text((String) activity.get("start"))).append("</td><td>")
                    .append(Html.text((String) activity.get("end"))).append("</td>");
            if (statusDate != null && dates != null) {
                html.append("<td>").append(labels.get(state(dates, statusDate))).append("</td>");
            } else if (statusDate != null) {
                html.append("<td></td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n<div class=\"table-scroll\">\n<table>\n<thead><tr><th scope=\"col\">")
                .append(labels.get("site.plan.milestone")).append("</th><th scope=\"col\">").append(labels.get("site.plan.date"))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Object item : milestones) {
            Map<?, ?> milestone = (Map<?, ?>) item;
            html.append("<tr><td>").append(Html.text((String) milestone.get("title"))).append("</td><td>")
                    .append(Html.text((String) milestone.get("date"))).append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n</div>\n</details>\n</figure>\n</section>\n").toString();
    }

    /** Where the plan puts an activity on the status date: the plan's dates, not a record of the work. */
    private static String state(ScheduledActivity activity, LocalDate statusDate) {
        if (activity.end().isBefore(statusDate)) {
            return "site.plan.state.ended";
        }
        return activity.start().isAfter(statusDate) ? "site.plan.state.notStarted" : "site.plan.state.running";
    }

    String capability() {
        StringBuilder html = new StringBuilder("<section id=\"capability\" aria-labelledby=\"capability-title\">\n<h2 id=\"capability-title\">")
                .append(labels.get("site.capability.title")).append("</h2>\n");
        String svg = set.model().capabilitySvg();
        Map<?, ?> plan = (Map<?, ?>) set.model().value("implementationPlan");
        List<?> processes = plan == null ? List.of() : (List<?>) ((Map<?, ?>) plan.get("capability")).get("processes");
        if (svg == null || processes.isEmpty()) {
            return html.append("<p>").append(labels.get("site.capability.none")).append("</p>\n</section>\n").toString();
        }
        html.append("<figure class=\"chart-figure\">\n")
                .append(InlineSvg.of(svg, "capability-chart", labels.raw("site.capability.desc", processes.size())))
                .append("<figcaption>\n<div class=\"table-scroll\">\n<table>\n<thead><tr><th scope=\"col\">")
                .append(labels.get("site.capability.process")).append("</th><th scope=\"col\">").append(labels.get("site.capability.current"))
                .append("</th><th scope=\"col\">").append(labels.get("site.capability.target")).append("</th></tr></thead>\n<tbody>\n");
        for (Object item : processes) {
            Map<?, ?> process = (Map<?, ?>) item;
            html.append("<tr><th scope=\"row\">").append(Html.text((String) process.get("name"))).append("</th><td class=\"number\">")
                    .append(process.get("current")).append("</td><td class=\"number\">").append(process.get("target"))
                    .append(" <span class=\"muted\">").append(Html.text(String.valueOf(process.get("targetTitle")))).append("</span></td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n</div>\n</figcaption>\n</figure>\n</section>\n").toString();
    }
}
