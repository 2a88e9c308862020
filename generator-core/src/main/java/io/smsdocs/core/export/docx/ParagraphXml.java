package io.smsdocs.core.export.docx;

/** Opens a {@code <w:p>} with its properties, in the order the WordprocessingML schema requires. */
final class ParagraphXml {

    private ParagraphXml() {
    }

    /** Negative values (and a null style) leave the property out. */
    static void open(StringBuilder out, String style, int numId, int numLevel, int spacingBefore, int indentLeft) {
        open(out, style, false, numId, numLevel, spacingBefore, indentLeft);
    }

    /** @param keepNext keep the paragraph on the page of the next one (a lead-in with its table, say) */
    static void open(StringBuilder out, String style, boolean keepNext, int numId, int numLevel, int spacingBefore, int indentLeft) {
        out.append("<w:p>");
        if (style == null && !keepNext && numLevel < 0 && spacingBefore < 0 && indentLeft < 0) {
            return;
        }
        out.append("<w:pPr>");
        if (style != null) {
            out.append("<w:pStyle w:val=\"").append(style).append("\"/>");
        }
        if (keepNext) {
            out.append("<w:keepNext/>");
        }
        if (numLevel >= 0) {
            out.append("<w:numPr><w:ilvl w:val=\"").append(numLevel).append("\"/><w:numId w:val=\"").append(numId)
                    .append("\"/></w:numPr>");
        }
        if (spacingBefore >= 0) {
            out.append("<w:spacing w:before=\"").append(spacingBefore).append("\"/>");
        }
        if (indentLeft >= 0) {
            out.append("<w:ind w:left=\"").append(indentLeft).append("\"/>");
        }
        out.append("</w:pPr>");
    }

    static void styled(StringBuilder out, String style) {
        open(out, style, 0, -1, -1, -1);
    }

    static void styled(StringBuilder out, String style, boolean keepNext) {
        open(out, style, keepNext, 0, -1, -1, -1);
    }
}
