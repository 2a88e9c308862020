package io.smsdocs.core.export.html;

import io.smsdocs.core.plan.PlannedDocument;

import java.util.List;
import java.util.Map;

/**
 * The chrome every page shares: head with the site's own stylesheet (nothing from elsewhere, so the site works
 * offline and from file://), a header with the organisation and the three ways in (dashboard, documents by family,
 * clauses), on document pages a side navigation by family, and a footer with the status date. No script: every
 * page works without JavaScript, and the family lists fold with details elements.
 */
final class PageFrame {

    /** Which of the header's entries a page is, for aria-current; a document page is none of them. */
    enum Place {
        DASHBOARD("index.html", "site.nav.dashboard"),
        DOCUMENTS("documents.html", "site.nav.documents"),
        CLAUSES("clauses.html", "site.nav.clauses"),
        DOCUMENT(null, null);

        final String file;
        final String label;

        Place(String file, String label) {
            this.file = file;
            this.label = label;
        }
    }

    private final SiteIndex index;
    private final SiteLabels labels;
    private final String organization;
    private final String footer;

    /** @param footer the line under every page (the status date), HTML */
    PageFrame(SiteIndex index, SiteLabels labels, String organization, String footer) {
        this.index = index;
        this.labels = labels;
        this.organization = organization;
        this.footer = footer;
    }

    /**
     * A whole page.
     *
     * @param current the document a document page shows, for the side navigation; null on the other pages
     * @param main    the page's content, HTML
     */
    String page(String title, Place place, PlannedDocument current, String main) {
        StringBuilder html = new StringBuilder(main.length() + 8192);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(Html.text(labels.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"smsdocs\">\n")
                .append("<title>").append(Html.text(title)).append(" · ").append(Html.text(organization)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"style.css\">\n</head>\n")
                .append("<body class=\"").append(place.name().toLowerCase(java.util.Locale.ROOT)).append("\">\n")
                .append("<a class=\"skip\" href=\"#main\">").append(labels.get("site.skip")).append("</a>\n");
        header(html, place);
        html.append("<div class=\"layout").append(current != null ? " with-sidebar" : "").append("\">\n");
        if (current != null) {
            sidebar(html, current);
        }
        html.append("<main id=\"main\">\n").append(main).append("</main>\n</div>\n")
                .append("<footer class=\"site-footer\">\n<p>").append(footer).append("</p>\n<p>")
                .append(labels.get("site.footer")).append("</p>\n</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private void header(StringBuilder html, Place place) {
        html.append("<header class=\"site-header\">\n<p class=\"site-title\"><a href=\"index.html\">").append(Html.text(organization))
                .append("</a> <span>").append(Html.text(index.standard())).append(" · ").append(labels.get("site.title"))
                .append("</span></p>\n<nav class=\"site-nav\" aria-label=\"").append(labels.get("site.nav")).append("\">\n<ul>\n");
        for (Place entry : List.of(Place.DASHBOARD, Place.DOCUMENTS, Place.CLAUSES)) {
            html.append("<li><a href=\"").append(entry.file).append('"').append(entry == place ? " aria-current=\"page\"" : "")
                    .append('>').append(labels.get(entry.label)).append("</a></li>\n");
        }
        html.append("</ul>\n</nav>\n</header>\n");
    }

    /** The documents by family; the current document's family is open, the others folded. */
    private void sidebar(StringBuilder html, PlannedDocument current) {
        html.append("<nav class=\"sidebar\" aria-label=\"").append(labels.get("site.nav.families")).append("\">\n");
        for (Map.Entry<String, List<PlannedDocument>> family : index.families().entrySet()) {
            boolean open = family.getKey().equals(current.kind());
            html.append("<details").append(open ? " open" : "").append(">\n<summary>").append(Html.text(labels.family(family.getKey())))
                    .append(" <span class=\"count\">").append(family.getValue().size()).append("</span></summary>\n<ul>\n");
            for (PlannedDocument document : family.getValue()) {
                html.append("<li><a href=\"").append(SiteIndex.page(document)).append('"')
                        .append(document.id().equals(current.id()) ? " aria-current=\"page\"" : "").append('>')
                        .append(Html.text(document.title())).append("</a></li>\n");
            }
            html.append("</ul>\n</details>\n");
        }
        html.append("</nav>\n");
    }
}
