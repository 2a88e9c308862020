package io.smsdocs.core.export;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A part streamed from text pieces gives the very bytes of the same part given whole. */
class FixedZipTest {

    @Test
    void aPartWrittenFromTextPiecesIsByteIdenticalToThePartGivenAsBytes() {
        // Long enough for many chunks, with multi-byte characters and a surrogate pair across chunk boundaries.
        StringBuilder body = new StringBuilder();
        for (int i = 0; body.length() < 100_000; i++) {
            body.append("<w:p><w:r><w:t>Dienst ").append(i).append(" – Übergabe 😀 ").append("x".repeat(i % 13)).append("</w:t></w:r></w:p>");
        }
        String head = "<w:document><w:body>";
        String tail = "</w:body></w:document>";
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("word/styles.xml", "<w:styles/>".getBytes(StandardCharsets.UTF_8));
        parts.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));

        Map<String, byte[]> whole = new LinkedHashMap<>(parts);
        whole.put("word/document.xml", (head + body + tail).getBytes(StandardCharsets.UTF_8));
        byte[] streamed = FixedZip.write(parts, Map.of("word/document.xml", List.of(head, body, tail)));

        assertThat(streamed).isEqualTo(FixedZip.write(whole));
        assertThat(FixedZip.read(streamed).get("word/document.xml")).isEqualTo(whole.get("word/document.xml"));
        assertThat(FixedZip.read(streamed).keySet()).containsExactly("[Content_Types].xml", "word/document.xml", "word/styles.xml");
    }

    @Test
    void aSurrogatePairOnAChunkBoundaryIsEncodedWhole() {
        // The chunks are 8,192 characters: the pair's halves sit at 8,191 and 8,192, in a String and in a StringBuilder.
        String text = "a".repeat(8191) + "😀" + "ü".repeat(9000) + "😀";
        Map<String, byte[]> whole = Map.of("word/document.xml", text.getBytes(StandardCharsets.UTF_8));
        assertThat(FixedZip.write(Map.of(), Map.of("word/document.xml", List.of(text)))).isEqualTo(FixedZip.write(whole));
        assertThat(FixedZip.write(Map.of(), Map.of("word/document.xml", List.of(new StringBuilder(text))))).isEqualTo(FixedZip.write(whole));
    }
}
