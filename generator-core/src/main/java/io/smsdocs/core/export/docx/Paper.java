package io.smsdocs.core.export.docx;

import io.smsdocs.core.plan.PlannedDocument;

import java.time.LocalDate;

/**
 * What a DOCX says about itself in its header, footer and properties: the reference and classification on every
 * page, title, status, version and date in the package properties. A document of the set has its control data;
 * a paper made beside the set (the evidence pack's clause index, a change summary) names its own.
 *
 * @param date the day the package properties give as created and modified; null for none (a fixed date is used)
 */
public record Paper(String reference, String title, String status, String version, LocalDate date, String classification) {

    static Paper of(PlannedDocument document) {
        var control = document.control();
        return new Paper(document.reference(), document.title(), control.status(), control.version(), control.effectiveDate(),
                control.classification());
    }

    /** A paper's title from its Markdown: the text of its first line, a level-1 heading, without the "# ". */
    public static String titleOf(String markdown) {
        return markdown.lines().findFirst().orElse("").replaceFirst("^# ", "");
    }
}
