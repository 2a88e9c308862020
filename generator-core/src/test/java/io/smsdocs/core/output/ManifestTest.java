package io.smsdocs.core.output;

import io.smsdocs.core.export.OutputFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestTest {

    @Test
    void hashesEachContentOnAllCoresInTheMapsOrder() {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (int i = 500; i > 0; i--) {
            contents.put("file-" + i, ("content " + i).repeat(i).getBytes(StandardCharsets.UTF_8));
        }
        Map<String, String> hashes = Manifest.sha256OfEach(contents);
        assertThat(hashes.keySet()).containsExactlyElementsOf(contents.keySet());
        contents.forEach((name, bytes) -> assertThat(hashes.get(name)).isEqualTo(Manifest.sha256(bytes)));
        assertThat(Manifest.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    /** A document's Markdown file is the array its content hash was taken of: that hash is taken as it is, by identity. */
    @Test
    void takesAKnownHashForTheVeryArrayItWasTakenOfOnly() {
        byte[] markdown = "# Plan\n".getBytes(StandardCharsets.UTF_8);
        byte[] equalCopy = markdown.clone();
        List<OutputFile> files = List.of(new OutputFile("markdown/plan.md", markdown), new OutputFile("markdown/copy.md", equalCopy),
                new OutputFile("docx/plan.docx", new byte[] {1, 2, 3}));
        Map<byte[], String> known = new java.util.IdentityHashMap<>();
        known.put(markdown, Manifest.sha256(markdown));
        String computed = new String(Manifest.write("2018", List.of(), List.of(), files, "in").content(), StandardCharsets.UTF_8);
        assertThat(new String(Manifest.write("2018", List.of(), List.of(), files, "in", known).content(), StandardCharsets.UTF_8))
                .isEqualTo(computed);

        // A known hash stands for its array, so a stale one shows: the equal copy is still hashed from its bytes.
        known.put(markdown, "known");
        String taken = new String(Manifest.write("2018", List.of(), List.of(), files, "in", known).content(), StandardCharsets.UTF_8);
        assertThat(taken).contains("\"markdown/plan.md\": \"known\"").contains("\"markdown/copy.md\": \"" + Manifest.sha256(equalCopy) + "\"")
                .contains("\"docx/plan.docx\": \"" + Manifest.sha256(new byte[] {1, 2, 3}) + "\"");
    }

    @Test
    void recordsEveryFilesHashSortedByPath() {
        List<OutputFile> files = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            files.add(new OutputFile("docx/doc-" + (49 - i) + ".docx", ("bytes " + i).getBytes(StandardCharsets.UTF_8)));
        }
        String json = new String(Manifest.write("2018", List.of(), files, "inputs").content(), StandardCharsets.UTF_8);
        for (int i = 0; i < 50; i++) {
            String line = "\"docx/doc-" + i + ".docx\": \"" + Manifest.sha256(("bytes " + (49 - i)).getBytes(StandardCharsets.UTF_8)) + "\"";
            assertThat(json).contains(line);
        }
        List<String> paths = json.lines().filter(l -> l.contains("\"docx/doc-")).map(String::strip).toList();
        assertThat(paths).isSortedAccordingTo(String::compareTo);
    }
}
