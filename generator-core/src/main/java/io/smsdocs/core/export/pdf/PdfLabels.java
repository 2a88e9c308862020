package io.smsdocs.core.export.pdf;

import java.util.Locale;
import java.util.Map;

/**
 * The words the PDF prints itself, in the set's language (message bundles of the template packs): the marking of
 * an issued copy, and the cover and the list of documents of the set.
 */
record PdfLabels(Locale locale, String issuedCopy, String draftStatus, String setTitle, String setSubtitle,
                 String documentCount, String documentList, String effectiveDate, String documentId, String title,
                 String version, String status, String page) {

    static PdfLabels from(Map<String, String> messages, String language) {
        return new PdfLabels(Locale.forLanguageTag(language == null ? "en" : language),
                text(messages, "pdf.issuedCopy", "Issued copy \u2014 uncontrolled when printed"),
                text(messages, "statusDraft", "Draft"),
                text(messages, "pdf.setTitle", "Service management system"),
                text(messages, "pdf.setSubtitle", "Documented information for ISO/IEC 20000-1:{0}"),
                text(messages, "pdf.documentCount", "{0} documents"),
                text(messages, "pdf.documentList", "Documents of the set"),
                text(messages, "effectiveDate", "Effective date"),
                text(messages, "documentId", "Document ID"),
                text(messages, "title", "Title"),
                text(messages, "version", "Version"),
                text(messages, "status", "Status"),
                text(messages, "page", "Page"));
    }

    /** A text with its one argument, e.g. "58 documents". */
    static String with(String text, Object argument) {
        return text.replace("{0}", String.valueOf(argument));
    }

    private static String text(Map<String, String> messages, String key, String fallback) {
        String value = messages.get(key);
        return value == null || value.isBlank() ? fallback : value;
    }
}
