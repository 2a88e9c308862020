package io.smsdocs.core.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class InputFingerprintTest {

    @TempDir
    Path folder;

    @Test
    void aJarIsKnownByItsEntriesNotByItsTimeStamps() throws IOException {
        Path first = jar("first.jar", Map.of("a/A.class", "one", "b/B.class", "two"), 1_000_000L);
        Path rebuilt = jar("rebuilt.jar", Map.of("b/B.class", "two", "a/A.class", "one"), 2_000_000_000L);
        Path changed = jar("changed.jar", Map.of("a/A.class", "one", "b/B.class", "tw0"), 1_000_000L);
        Path renamed = jar("renamed.jar", Map.of("a/A.class", "one", "b/C.class", "two"), 1_000_000L);
        assertThat(InputFingerprint.jarDigest(rebuilt)).isEqualTo(InputFingerprint.jarDigest(first));
        assertThat(InputFingerprint.jarDigest(changed)).isNotEqualTo(InputFingerprint.jarDigest(first));
        assertThat(InputFingerprint.jarDigest(renamed)).isNotEqualTo(InputFingerprint.jarDigest(first));
        assertThat(InputFingerprint.generatorVersion()).isNotEqualTo("unknown").hasSize(64);
    }

    private Path jar(String name, Map<String, String> entries, long time) throws IOException {
        Path jar = folder.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> entry : new java.util.TreeMap<>(entries).entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setLastModifiedTime(FileTime.fromMillis(time));
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
