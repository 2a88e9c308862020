package io.smsdocs.core.plan;

import io.smsdocs.core.descriptor.model.Service;
import io.smsdocs.core.descriptor.model.Supplier;
import io.smsdocs.core.template.TemplateMetadata;

import java.util.List;

/**
 * One document of the set: which template renders it, for which service or internal supplier (null for a document
 * of the set as a whole), with what control data.
 * {@code clauses} are the clauses it addresses (clause coverage, the scope statement, the plan's process table
 * and the traceability matrix read them); a form addresses none (see {@link TemplateMetadata#FORM}).
 */
public record PlannedDocument(String id, String title, String kind, String reference, List<String> clauses,
                              TemplateMetadata template, Service service, Supplier supplier, ControlData control) {

    public PlannedDocument {
        clauses = List.copyOf(clauses);
    }

    /** Whether this is a form, the blank of a record. */
    public boolean form() {
        return template.form();
    }

    /**
     * The clauses its header cites: those it addresses, or for a form those whose evidence its record is. The
     * manifest and the document control block show these.
     */
    public List<String> citedClauses() {
        return template.clauses();
    }

    public String markdownFile() {
        return id + ".md";
    }
}
