package io.smsdocs.core.export.html;

/**
 * A chart's SVG made fit to stand inside a page: without its XML declaration, announced as one image whose
 * name is its title and whose description says what a table beside it lists, and scaling with the page (the
 * stylesheet sets its width; its viewBox keeps the proportions).
 */
final class InlineSvg {

    private InlineSvg() {
    }

    /**
     * @param id          unique on the page; the title and description get ids derived from it
     * @param description plain text: what the chart shows and where its data are as text
     */
    static String of(String svg, String id, String description) {
        String body = svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).stripLeading() : svg;
        int titleStart = body.indexOf("<title>");
        int titleEnd = body.indexOf("</title>");
        if (!body.startsWith("<svg ") || titleStart < 0 || titleEnd < 0) {
            throw new IllegalArgumentException("not a chart of the chart package: " + body.substring(0, Math.min(80, body.length())));
        }
        String title = body.substring(titleStart + "<title>".length(), titleEnd);
        return "<svg class=\"chart\" id=\"" + id + "\" role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\" "
                + body.substring("<svg ".length(), titleStart)
                + "<title id=\"" + id + "-title\">" + title + "</title>\n<desc id=\"" + id + "-desc\">" + Html.text(description)
                + "</desc>" + body.substring(titleEnd + "</title>".length());
    }
}
