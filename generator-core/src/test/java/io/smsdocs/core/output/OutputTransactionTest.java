package io.smsdocs.core.output;

import io.smsdocs.core.export.OutputFile;
import io.smsdocs.core.export.OutputPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputTransactionTest {

    @TempDir
    Path root;

    private static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<OutputFile> withManifest(OutputFile... files) {
        List<OutputFile> list = new java.util.ArrayList<>(List.of(files));
        list.add(Manifest.write("2018", List.of(), list, "test"));
        return list;
    }

    @Test
    void writesAllFilesAndLeavesNoStagingFolder() throws IOException {
        Path out = root.resolve("sms");
        new OutputTransaction(out).commit(withManifest(file("markdown/a.md", "A"), file("markdown/b.md", "B")));

        assertThat(out.resolve("markdown/a.md")).hasContent("A");
        assertThat(out.resolve("markdown/b.md")).hasContent("B");
        assertThat(siblings()).containsExactly("sms");
    }

    @Test
    void replacesPreviouslyGeneratedFilesAndDropsStaleOnes() throws IOException {
        Path out = root.resolve("sms");
        new OutputTransaction(out).commit(withManifest(file("markdown/a.md", "A1"), file("markdown/old.md", "old")));
        new OutputTransaction(out).commit(withManifest(file("markdown/a.md", "A2")));

        assertThat(out.resolve("markdown/a.md")).hasContent("A2");
        assertThat(out.resolve("markdown/old.md")).doesNotExist();
    }

    @Test
    void keepsFilesTheUserPutIntoTheOutputFolder() throws IOException {
        Path out = root.resolve("sms");
        new OutputTransaction(out).commit(withManifest(file("markdown/a.md", "A")));
        Files.writeString(out.resolve("notes.txt"), "mine");
        Files.writeString(out.resolve("markdown/extra.md"), "also mine");

        new OutputTransaction(out).commit(withManifest(file("markdown/a.md", "A2")));

        assertThat(out.resolve("notes.txt")).hasContent("mine");
        assertThat(out.resolve("markdown/extra.md")).hasContent("also mine");
    }

    @Test
    void failureHalfwayLeavesEarlierOutputIntactAndNoDebris() throws IOException {
        Path out = root.resolve("sms");
        new OutputTransaction(out).commit(withManifest(file("markdown/a.md", "A")));
        byte[] before = Files.readAllBytes(out.resolve("markdown/a.md"));

        assertThatThrownBy(() -> new OutputTransaction(out).commit(List.of(file("markdown/a.md", "changed"),
                file("../escape.md", "evil")))).isInstanceOf(IllegalArgumentException.class);

        assertThat(Files.readAllBytes(out.resolve("markdown/a.md"))).isEqualTo(before);
        assertThat(siblings()).containsExactly("sms");
        assertThat(root.resolve("escape.md")).doesNotExist();
    }

    @Test
    void pathsCannotEscapeTheOutputFolder() {
        for (String bad : List.of("../x.md", "/etc/passwd", "a/../../x", "a//b", "", ".hidden")) {
            assertThatThrownBy(() -> OutputPaths.resolveInside(root, bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(OutputPaths.resolveInside(root, "markdown/sla-x.md")).isEqualTo(root.resolve("markdown/sla-x.md"));
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
