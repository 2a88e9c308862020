package io.smsdocs.core.template;

import java.util.List;
import java.util.Map;

/**
 * What a document template declares about itself in its header comment: read without rendering,
 * so the document set, the manifest and the clause coverage are known before anything runs.
 * {@code workbook} asks for an XLSX of the document's tables even when its kind is not a register.
 * One template may serve both editions; {@code variants} holds what differs per edition (clause
 * numbers always, sometimes the title or code), and {@link #forEdition} resolves it. {@code process} names
 * the process the document belongs to (a change management policy, the capacity plan): its owner owns the
 * document; null for documents of the SMS as a whole.
 */
public record TemplateMetadata(String templateName, String id, String title, String kind, String code, int order,
                               List<String> clauses, List<String> editions, String foreach, String packVersion,
                               Map<String, EditionVariant> variants, boolean workbook, List<String> related, String process) {

    /**
     * The kind of a form: the blank from which a record is made (a request for change, audit report, review
     * minutes). Its clauses are those whose evidence the record is; it addresses none of them itself, so a
     * clause that only a form cites is still uncovered.
     */
    public static final String FORM = "form";

    /** The values of one edition that differ from the header's top-level ones; null means "as top level". */
    public record EditionVariant(String title, String code, Integer order, List<String> clauses, List<String> related) {
    }

    public TemplateMetadata {
        clauses = List.copyOf(clauses);
        editions = List.copyOf(editions);
        variants = Map.copyOf(variants);
        related = List.copyOf(related);
    }

    public TemplateMetadata(String templateName, String id, String title, String kind, String code, int order,
                            List<String> clauses, List<String> editions, String foreach, String packVersion) {
        this(templateName, id, title, kind, code, order, clauses, editions, foreach, packVersion, Map.of(), false, List.of(), null);
    }

    /** The values of {@code foreach}: one document per service, or one per internal supplier. */
    public static final String FOR_EACH_SERVICE = "service";
    public static final String FOR_EACH_INTERNAL_SUPPLIER = "internal-supplier";

    public boolean form() {
        return FORM.equals(kind);
    }

    /**
     * The clauses this document addresses, which count for clause coverage and traceability: its clauses, or
     * none for a form.
     */
    public List<String> addressedClauses() {
        return form() ? List.of() : clauses;
    }

    public boolean perService() {
        return FOR_EACH_SERVICE.equals(foreach);
    }

    public boolean perInternalSupplier() {
        return FOR_EACH_INTERNAL_SUPPLIER.equals(foreach);
    }

    public boolean appliesTo(String edition) {
        return editions.isEmpty() || editions.contains(edition);
    }

    /** The templates that belong to an edition, each as that edition sees it. */
    public static List<TemplateMetadata> ofEdition(List<TemplateMetadata> templates, String edition) {
        return templates.stream().filter(t -> t.appliesTo(edition)).map(t -> t.forEdition(edition)).toList();
    }

    /** This template as the given edition sees it: its title, code, order, clause numbers and related documents. */
    public TemplateMetadata forEdition(String edition) {
        EditionVariant variant = variants.get(edition);
        if (variant == null) {
            return this;
        }
        return new TemplateMetadata(templateName, id, pick(variant.title(), title), kind, pick(variant.code(), code),
                pick(variant.order(), order), pick(variant.clauses(), clauses), editions, foreach, packVersion, Map.of(), workbook,
                pick(variant.related(), related), process);
    }

    private static <T> T pick(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
