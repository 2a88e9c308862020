package io.smsdocs.core.template;

import java.util.List;

/**
 * What a document template declares about itself in its header comment: read without rendering,
 * so the document set, the manifest and the clause coverage are known before anything runs.
 */
public record TemplateMetadata(String templateName, String id, String title, String kind, String code, int order,
                               List<String> clauses, List<String> editions, String foreach, String packVersion) {

    public TemplateMetadata {
        clauses = List.copyOf(clauses);
        editions = List.copyOf(editions);
    }

    public boolean perService() {
        return "service".equals(foreach);
    }

    public boolean appliesTo(String edition) {
        return editions.isEmpty() || editions.contains(edition);
    }
}
