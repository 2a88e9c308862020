package io.smsdocs.core.descriptor.model;

import java.time.LocalDate;
import java.util.List;

/**
 * SMS-wide settings. effectiveDate is null while the documents are drafts; referenceDocx may be null;
 * guidance adds consultant notes under each section; defaultTool (or null) supports every process that names no tool
 * of its own.
 */
public record SmsSettings(String edition, String language, String scope, LocalDate effectiveDate,
                          String topManagement, DocumentControl documentControl,
                          List<Objective> objectives, List<Risk> risks, String referenceDocx, boolean guidance,
                          String defaultTool) {

    public SmsSettings {
        objectives = List.copyOf(objectives);
        risks = List.copyOf(risks);
    }
}
