package io.smsdocs.core.export.docx;

import com.vladsch.flexmark.util.ast.Node;

/** Consultant guidance is written as a block quote that starts with "Guidance". */
final class GuidanceBlocks {

    private GuidanceBlocks() {
    }

    static boolean isGuidance(Node blockQuote) {
        return PlainText.of(blockQuote).stripLeading().startsWith("Guidance");
    }
}
