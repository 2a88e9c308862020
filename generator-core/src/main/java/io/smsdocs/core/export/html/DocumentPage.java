package io.smsdocs.core.export.html;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.smsdocs.core.export.markdown.MarkdownAst;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One document as the body of its page: the set's Markdown through flexmark's HTML renderer, with the parser's
 * own options (pipe tables), headings with ids, links between documents pointing at their pages, raw HTML in
 * the text shown as text (a descriptor value is never markup), and wide tables scrolling inside their box.
 */
final class DocumentPage {

    /** The renderer's options; SiteIndex generates heading ids with the same, so its links land on them. */
    static final DataHolder OPTIONS;
    private static final HtmlRenderer RENDERER;
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern SAFE_SCHEME = Pattern.compile("^(?i)(https?|mailto):");

    static {
        MutableDataSet options = new MutableDataSet(MarkdownAst.options());
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        // Ids as GitHub gives a Markdown heading ("context-of-the-organisation"), so an x.md#anchor link works in both.
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS, " -");
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS, "_");
        options.set(HtmlRenderer.SUPPRESS_HTML_COMMENT_BLOCKS, true);
        options.set(HtmlRenderer.SUPPRESS_INLINE_HTML_COMMENTS, true);
        options.set(HtmlRenderer.ESCAPE_HTML_BLOCKS, true);
        options.set(HtmlRenderer.ESCAPE_INLINE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        OPTIONS = options.toImmutable();
        RENDERER = HtmlRenderer.builder(OPTIONS).linkResolverFactory(new PageLinks())
                .nodeRendererFactory(ignored -> new ScrollingTables()).build();
    }

    private DocumentPage() {
    }

    /** The HTML of a parsed document (its heading ids already generated). */
    static String body(Document document) {
        return RENDERER.render(document);
    }

    /**
     * A link of the Markdown as the site needs it: x.md#a becomes x.html#a; web and mail links and other targets
     * stay as they are; a link that would run code (javascript:, data: ...) from descriptor text goes nowhere.
     */
    static String target(String url) {
        if (SCHEME.matcher(url).find()) {
            return SAFE_SCHEME.matcher(url).find() ? url : "#";
        }
        if (url.startsWith("/") || url.startsWith("#")) {
            return url;
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String anchor = hash < 0 ? "" : url.substring(hash);
        return path.endsWith(".md") ? path.substring(0, path.length() - 3) + ".html" + anchor : url;
    }

    private static final class PageLinks extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return (node, linkContext, link) -> link.withUrl(target(link.getUrl())).withStatus(LinkStatus.VALID);
        }
    }

    /** A table inside a box of its own that scrolls sideways, so a wide register never widens the page. */
    private static final class ScrollingTables implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(TableBlock.class, ScrollingTables::render));
        }

        private static void render(TableBlock table, NodeRendererContext context, HtmlWriter html) {
            html.raw("<div class=\"table-scroll\">\n");
            context.delegateRender();
            html.raw("</div>\n");
        }
    }
}
