package io.smsdocs.core.export.html;

import io.smsdocs.core.export.markdown.MarkdownAst;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One document's Markdown as the body of its page. */
class DocumentPageTest {

    private static String page(String markdown) {
        var document = MarkdownAst.parse(markdown);
        new com.vladsch.flexmark.html.renderer.HeaderIdGenerator(DocumentPage.OPTIONS).generateIds(document);
        return DocumentPage.body(document);
    }

    @Test
    void linksBetweenDocumentsPointAtTheirPagesAndKeepTheirAnchors() {
        assertThat(page("See [the plan](sms-plan.md) and [its scope](sms-plan.md#scope).\n"))
                .contains("href=\"sms-plan.html\"", "href=\"sms-plan.html#scope\"");
        assertThat(page("![Gantt](images/implementation-plan-gantt.png)\n")).contains("src=\"images/implementation-plan-gantt.png\"");
        assertThat(page("[Web](https://example.com/a.md) [mail](mailto:a@example.com)\n"))
                .contains("href=\"https://example.com/a.md\"", "href=\"mailto:a@example.com\"");
    }

    @Test
    void descriptorTextIsNeverMarkupOrScript() {
        String html = page("A supplier <script>alert(1)</script> and [click](javascript:void) or [this](data:text/html,x).\n\n<div onclick=\"x()\">block</div>\n\n"
                + "<!-- smsdocs:end-of-front-matter -->\n");
        assertThat(html).doesNotContain("<script", "<div", "javascript:", "smsdocs:end-of-front-matter")
                .contains("&lt;script&gt;", "href=\"#\"");
    }

    @Test
    void headingsGetGitHubStyleIdsAndTablesScrollInTheirBox() {
        String html = page("## Context of the organisation\n\n## Context of the organisation\n\n| A | B |\n|---|---|\n| 1 | 2 |\n");
        assertThat(html).contains("<h2 id=\"context-of-the-organisation\">", "<h2 id=\"context-of-the-organisation-1\">",
                "<div class=\"table-scroll\">\n<table>");
    }
}
