package io.smsdocs.core.export.html;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.smsdocs.core.export.DocumentSet;
import io.smsdocs.core.export.markdown.MarkdownAst;
import io.smsdocs.core.plan.PlannedDocument;
import io.smsdocs.core.render.RenderedDocument;
import io.smsdocs.core.render.Traceability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every page of the site needs to know about the whole set, computed once: the documents by family (their
 * kind, in the order the plan first names each kind), each document's parsed Markdown with the ids of its headings,
 * and for each clause of the edition the documents and sections that address it (the traceability of the
 * matrix document), so that a link from the dashboard or the clause index lands on the section itself.
 */
final class SiteIndex {

    /** A heading of a document: its text as the Markdown writes it, its id on the page, the clauses its clause line names. */
    record Section(String title, String id, List<String> clauses) {
    }

    /** A document addressing a clause, with the sections that do (none when only its header cites the clause). */
    record Address(PlannedDocument document, List<Section> sections) {

        /** The page, at the first section that addresses the clause. */
        String href() {
            return page(document) + (sections.isEmpty() ? "" : "#" + Html.fragment(sections.get(0).id()));
        }
    }

    /** A clause of the edition with its title in the set's language, its gap status and who addresses it. */
    record ClauseRow(String number, String title, String status, List<Address> addresses) {

        int depth() {
            return (int) number.chars().filter(c -> c == '.').count();
        }
    }

    private final List<PlannedDocument> documents;
    private final Map<String, List<PlannedDocument>> families = new LinkedHashMap<>();
    private final Map<String, Document> parsed = new LinkedHashMap<>();
    private final Map<String, List<Section>> sections = new LinkedHashMap<>();
    private final List<ClauseRow> clauses;
    private final String standard;

    private SiteIndex(DocumentSet set) {
        this.documents = set.plan().documents();
        documents.forEach(d -> families.computeIfAbsent(d.kind(), k -> new ArrayList<>()).add(d));
        // Parsing is the costly part: all cores, collected in plan order.
        List<Document> asts = set.documents().parallelStream().map(r -> withHeadingIds(MarkdownAst.parse(r.markdown()))).toList();
        for (int i = 0; i < asts.size(); i++) {
            String id = set.documents().get(i).document().id();
            parsed.put(id, asts.get(i));
            sections.put(id, sectionsOf(asts.get(i)));
        }
        this.standard = set.model().catalogue().standard();
        this.clauses = clauseRows(set);
    }

    static SiteIndex of(DocumentSet set) {
        return set.derived(SiteIndex.class, SiteIndex::new);
    }

    /** The file of a document's page, beside the index. */
    static String page(PlannedDocument document) {
        return document.id() + ".html";
    }

    /**
     * A document's reference without the organisation's prefix (SLA-03 for NORTHWIND-SLA-03): short enough for a
     * column heading, and unlike the template's code unique among the SLAs of one set.
     */
    static String shortReference(PlannedDocument document) {
        String reference = document.reference();
        int dash = reference.indexOf('-');
        return reference.equals(document.id()) || dash < 0 ? reference : reference.substring(dash + 1);
    }

    List<PlannedDocument> documents() {
        return documents;
    }

    Map<String, List<PlannedDocument>> families() {
        return families;
    }

    /** A document's Markdown, parsed once, with the ids its headings get on the page. */
    Document parsed(String documentId) {
        return parsed.get(documentId);
    }

    List<ClauseRow> clauses() {
        return clauses;
    }

    /** The standard and edition, "ISO/IEC 20000-1:2018". */
    String standard() {
        return standard;
    }

    /** The documents of the heat map's columns: those that can address a clause (not forms), in plan order. */
    List<PlannedDocument> addressing() {
        return documents.stream().filter(d -> !d.form()).toList();
    }

    private static Document withHeadingIds(Document document) {
        // The same generator, with the same options, as the page renderer's: the ids found here are those on the page.
        new HeaderIdGenerator(DocumentPage.OPTIONS).generateIds(document);
        return document;
    }

    private static List<Section> sectionsOf(Document document) {
        List<Section> found = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() >= 2 && heading.getLevel() <= 4) {
                Node next = heading.getNext();
                List<String> cited = next instanceof Paragraph
                        ? Traceability.clausesOfLine(next.getChars().toString().split("\n", 2)[0]) : List.of();
                found.add(new Section(heading.getText().toString().strip(), heading.getAnchorRefId(), cited));
            }
        }
        return List.copyOf(found);
    }

    private List<ClauseRow> clauseRows(DocumentSet set) {
        List<RenderedDocument> rendered = set.documents();
        Map<String, PlannedDocument> byId = new LinkedHashMap<>();
        documents.forEach(d -> byId.put(d.id(), d));
        List<ClauseRow> rows = new ArrayList<>();
        for (Object item : Traceability.of(rendered, set.model().catalogue(), set.model().gaps(), set.model()::clauseTitle)) {
            Map<?, ?> entry = (Map<?, ?>) item;
            String clause = (String) entry.get("clause");
            List<Address> addresses = new ArrayList<>();
            for (Object reference : (List<?>) entry.get("documents")) {
                Map<?, ?> document = (Map<?, ?>) reference;
                String id = (String) document.get("id");
                List<Section> addressing = ((List<?>) document.get("sections")).stream()
                        .map(title -> section(id, (String) title, clause)).filter(java.util.Objects::nonNull).toList();
                addresses.add(new Address(byId.get(id), addressing));
            }
            rows.add(new ClauseRow(clause, (String) entry.get("title"), (String) entry.get("status"), List.copyOf(addresses)));
        }
        return List.copyOf(rows);
    }

    /** The section of that title which names the clause on its clause line; the first of that title otherwise. */
    private Section section(String documentId, String title, String clause) {
        List<Section> titled = sections.getOrDefault(documentId, List.of()).stream().filter(s -> s.title().equals(title)).toList();
        return titled.stream().filter(s -> s.clauses().contains(clause)).findFirst().orElse(titled.isEmpty() ? null : titled.get(0));
    }
}
