package io.smsdocs.core.export;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A package with parts deflated as they were written ({@link DeflatedPart}, packed by FixedZip's own writer) is byte for
 * byte the package {@link java.util.zip.ZipOutputStream} writes from the same parts given whole.
 */
class FixedZipTest {

    /** A part and the pieces its text is written in. */
    record Part(String name, List<String> pieces, boolean deflatedAsWritten) {

        /** Each piece encoded on its own: a surrogate pair split between two pieces is two lone halves, each a '?'. */
        byte[] whole() {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            pieces.forEach(piece -> bytes.writeBytes(piece.getBytes(StandardCharsets.UTF_8)));
            return bytes.toByteArray();
        }
    }

    @Property(tries = 300)
    void partsDeflatedAsWrittenGiveTheBytesOfZipOutputStream(@ForAll("packages") List<Part> parts) {
        Map<String, byte[]> whole = new LinkedHashMap<>();
        Map<String, byte[]> given = new LinkedHashMap<>();
        Map<String, DeflatedPart> deflated = new LinkedHashMap<>();
        for (Part part : parts) {
            if (whole.containsKey(part.name())) {
                continue;
            }
            whole.put(part.name(), part.whole());
            if (part.deflatedAsWritten()) {
                DeflatedPart written = new DeflatedPart();
                part.pieces().forEach(written::writeUtf8);
                deflated.put(part.name(), written.finish());
            } else {
                given.put(part.name(), part.whole());
            }
        }
        byte[] packed = FixedZip.write(given, deflated);
        assertThat(packed).isEqualTo(FixedZip.write(whole));
        assertThat(FixedZip.read(packed).keySet()).containsExactlyInAnyOrderElementsOf(whole.keySet());
    }

    @Provide
    Arbitrary<List<Part>> packages() {
        Arbitrary<String> names = Arbitraries.of("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                "word/media/image1.png", "docProps/core.xml", "xl/worksheets/sheet1.xml", "word/Übersicht.xml", "a", "word/😀.xml");
        // Markup, umlauts, dashes, surrogate pairs and lone halves; long runs so that the deflater's window and blocks fill.
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withChars("<w:p>abc \"&;–Üß😀\uD800\uDC00".toCharArray()).ofMaxLength(300),
                Arbitraries.strings().withChars("<w:tc>Service 12 Eigentümer".toCharArray()).ofMinLength(5_000).ofMaxLength(40_000),
                Arbitraries.strings().all().ofMaxLength(50));
        Arbitrary<Part> part = Combinators.combine(names, pieces.list().ofMaxSize(12), Arbitraries.of(true, false)).as(Part::new);
        return part.list().ofMaxSize(8);
    }

    @Test
    void aSurrogatePairOnAChunkBoundaryIsEncodedWhole() {
        // The chunks are 8,192 characters: the pair's halves sit at 8,191 and 8,192, in a String and in a StringBuilder.
        String text = "a".repeat(8191) + "😀" + "ü".repeat(9000) + "😀";
        Map<String, byte[]> whole = Map.of("word/document.xml", text.getBytes(StandardCharsets.UTF_8));
        for (CharSequence piece : List.of(text, new StringBuilder(text))) {
            DeflatedPart part = new DeflatedPart();
            part.writeUtf8(piece);
            assertThat(FixedZip.write(Map.of(), Map.of("word/document.xml", part.finish()))).isEqualTo(FixedZip.write(whole));
        }
    }

    @Test
    void aPartIsReadOnlyOnceFinishedAndTakesNothingAfter() {
        DeflatedPart part = new DeflatedPart();
        part.writeUtf8("<w:document/>");
        assertThatThrownBy(part::data).isInstanceOf(IllegalStateException.class);
        part.finish();
        assertThat(part.size()).isEqualTo(13);
        assertThatThrownBy(() -> part.writeUtf8("more")).isInstanceOf(IllegalStateException.class);
    }
}
