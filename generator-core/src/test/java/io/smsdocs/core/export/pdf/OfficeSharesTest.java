package io.smsdocs.core.export.pdf;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Sharing a set between offices: every document once, shares of about equal work, each in the set's order. */
class OfficeSharesTest {

    @Test
    void everyDocumentGoesToOneShareOfAboutEqualWorkInSetOrder() {
        Map<String, byte[]> docx = new LinkedHashMap<>();
        int[] sizes = {90, 10, 40, 60, 20, 30, 80, 70};
        for (int i = 0; i < sizes.length; i++) {
            docx.put("doc-" + i, new byte[sizes[i]]);
        }
        List<List<String>> shares = OfficeShares.split(docx, 2);

        assertThat(shares).hasSize(2);
        assertThat(shares.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(docx.keySet());
        assertThat(shares.stream().map(share -> share.stream().mapToInt(id -> docx.get(id).length).sum()))
                .as("200 each of 400").containsExactly(200, 200);
        shares.forEach(share -> assertThat(share).isSortedAccordingTo(
                (a, b) -> Integer.compare(Integer.parseInt(a.substring(4)), Integer.parseInt(b.substring(4)))));
    }

    @Test
    void aSmallSetHasOneOffice() {
        assertThat(OfficeShares.offices(7)).isEqualTo(1);
        assertThat(OfficeShares.offices(200)).isBetween(1, 4);
    }
}
