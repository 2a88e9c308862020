package io.smsdocs.core.plan;

import io.smsdocs.core.descriptor.model.Service;
import io.smsdocs.core.template.TemplateMetadata;

import java.util.List;

/** One document of the set: which template renders it, for which service, with what control data. */
public record PlannedDocument(String id, String title, String kind, String reference, List<String> clauses,
                              TemplateMetadata template, Service service, ControlData control) {

    public PlannedDocument {
        clauses = List.copyOf(clauses);
    }

    public String markdownFile() {
        return id + ".md";
    }
}
