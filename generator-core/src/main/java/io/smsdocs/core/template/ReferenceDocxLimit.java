package io.smsdocs.core.template;

/** How large a house-style reference DOCX may be, whether a pack or the project supplies it. */
public final class ReferenceDocxLimit {

    /** Far above any real style document, far below memory trouble. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private ReferenceDocxLimit() {
    }
}
