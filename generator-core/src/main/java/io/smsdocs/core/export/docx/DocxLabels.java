package io.smsdocs.core.export.docx;

import java.util.Map;

/** The words a Word document prints itself: the title of its table of contents and "Page 1 of 9". */
record DocxLabels(String contents, String page, String of) {

    static DocxLabels from(Map<String, String> messages) {
        return new DocxLabels(messages.getOrDefault("contents", "Contents"), messages.getOrDefault("page", "Page"),
                messages.getOrDefault("pageOf", "of"));
    }
}
