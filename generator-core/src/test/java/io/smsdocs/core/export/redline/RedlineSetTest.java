package io.smsdocs.core.export.redline;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every document of the Northwind set, version 1 against version 2: each redline is valid, and only the changed ones change. */
class RedlineSetTest {

    @Test
    void everyDocumentOfTheSetGivesAValidRedline() throws IOException {
        NorthwindVersions.v1("sla-service-desk"); // renders both versions
        Path v1 = NorthwindVersions.ROOT.resolve("v1/out/docx");
        Path v2 = NorthwindVersions.ROOT.resolve("v2/out/docx");
        List<String> ids;
        try (Stream<Path> files = Files.list(v2)) {
            ids = files.map(f -> f.getFileName().toString().replace(".docx", "")).sorted().toList();
        }
        assertThat(ids).hasSizeGreaterThan(40);
        TreeMap<String, Redline.Result> results = new TreeMap<>();
        List<String> invalid = new ArrayList<>();
        for (String id : ids) {
            byte[] old = Files.readAllBytes(v1.resolve(id + ".docx"));
            byte[] revised = Files.readAllBytes(v2.resolve(id + ".docx"));
            Redline.Result result = Redline.compare(old, revised, RedlineTest.AUTHOR);
            results.put(id, result);
            DocumentSchema.errors(result.docx()).forEach(error -> invalid.add(id + ": " + error));
            if (java.util.Arrays.equals(old, revised)) {
                assertThat(result.changed()).as("%s did not change", id).isFalse();
            }
            assertThat(result.changed()).as("%s: changed when there are changes", id)
                    .isEqualTo(!new RedlineXml(result.docx()).changes().isEmpty());
        }
        assertThat(invalid).isEmpty();
        // the customer, role and target changes reach the documents that print them, not the others
        assertThat(results.get("sla-service-desk").changed()).isTrue();
        assertThat(results.get("raci-matrix").changed()).isTrue();
        assertThat(results.get("sla-cloud-hosting").changed()).isTrue(); // the P2 resolution time is in every SLA
        assertThat(results.get("information-security-policy").changed()).isFalse();
        assertThat(results.get("supplier-register").changed()).isFalse();
    }
}
