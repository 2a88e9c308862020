package io.smsdocs.core.export.docx;

import io.smsdocs.core.export.markdown.PlainText;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Consultant guidance (sms.guidance) is a block quote right after the comment {@code <!-- smsdocs:guidance -->},
 * in any language; a quote that starts with "Guidance" counts too, for hand-written templates.
 */
final class GuidanceBlocks {

    static final String MARKER = "smsdocs:guidance";

    private GuidanceBlocks() {
    }

    static boolean isGuidance(Node blockQuote) {
        Node previous = blockQuote.getPrevious();
        if (previous instanceof HtmlCommentBlock && previous.getChars().toString().contains(MARKER)) {
            return true;
        }
        return PlainText.of(blockQuote).stripLeading().startsWith("Guidance");
    }
}
