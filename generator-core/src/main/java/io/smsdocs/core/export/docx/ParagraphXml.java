package io.smsdocs.core.export.docx;

/** Opens a {@code <w:p>} with its properties, in the order the WordprocessingML schema requires. */
final class ParagraphXml {

    private ParagraphXml() {
    }

    /** Negative values (and a null style) leave the property out. */
    static void open(StringBuilder out, String style, int numId, int numLevel, int spacingBefore, int indentLeft) {
        out.append("<w:p>");
        if (style == null && numLevel < 0 && spacingBefore < 0 && indentLeft < 0) {
            return;
        }
        out.append("<w:pPr>");
        if (style != null) {
            out.append("<w:pStyle w:val=\"").append(style).append("\"/>");
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
}
