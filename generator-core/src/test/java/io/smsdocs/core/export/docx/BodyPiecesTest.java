package io.smsdocs.core.export.docx;

import io.smsdocs.core.export.markdown.MarkdownAst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body writer hands its XML on in pieces as it goes (the document part compresses each at once), so a document of
 * tens of megabytes is never held as text: a piece stays near its size even inside a table of thousands of rows, and
 * ends with an element, so the pieces of a house style's id substitution are those of the whole.
 */
class BodyPiecesTest {

    @TempDir
    Path dir;

    @Test
    void aLongTableIsHandedOnARowAtATimeInPiecesOfBoundedSize() {
        StringBuilder markdown = new StringBuilder("# Register\n\n<!-- smsdocs:end-of-front-matter -->\n\n## Entries\n\n| Id | Entry | Owner |\n|---|---|---|\n");
        for (int i = 0; i < 5_000; i++) {
            markdown.append("| E-").append(i).append(" | Entry ").append(i).append(" of the register, with its **owner** | Role ").append(i % 7).append(" |\n");
        }
        PackageTemplate template = BuiltInPackages.find("Example Ltd", DocxLabels.from(Map.of()), "en-GB");
        List<String> pieces = new ArrayList<>();
        new BodyXmlWriter(new DocumentAdditions(template), new ImageLoader(dir), DocxLabels.from(Map.of()), template.textWidth(),
                template.metrics(), piece -> pieces.add(piece.toString())).write(MarkdownAst.parse(markdown.toString()));

        String body = String.join("", pieces);
        assertThat(body).contains("<w:t xml:space=\"preserve\">Entry 4999 of the register, with its </w:t>").endsWith("</w:tbl>");
        assertThat(body.split("<w:tr>", -1)).hasSize(5_002);
        assertThat(pieces).hasSizeGreaterThan(body.length() / 40_000);
        assertThat(pieces).allSatisfy(piece -> {
            assertThat(piece.length()).isLessThan(40_000);
            assertThat(piece).endsWith(">");
        });
    }
}
