package io.smsdocs.core.export.docx;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;

/** Code blocks: one paragraph per line in the code style, spaces kept. */
final class CodeXmlWriter {

    private CodeXmlWriter() {
    }

    static void write(StringBuilder out, RunXmlWriter runs, Node node) {
        String text = node instanceof FencedCodeBlock fenced ? fenced.getContentChars().toString() : node.getChars().toString();
        for (String line : text.stripTrailing().split("\n", -1)) {
            ParagraphXml.styled(out, DocxStyles.CODE);
            runs.run(line, RunXmlWriter.Format.PLAIN, null);
            out.append("</w:p>");
        }
    }
}
