package io.smsdocs.core.export.redline;

/**
 * One word, number, space or punctuation mark of a paragraph, at [start, end) of its character stream. The key
 * is what two tokens are compared by: the text, or for a field or an object the field instruction or the
 * object's kind, so a field's result (a page number) never shows as a change.
 */
record Token(String key, int start, int end) {

    boolean isSpace() {
        return key.isBlank() && !key.isEmpty();
    }
}
