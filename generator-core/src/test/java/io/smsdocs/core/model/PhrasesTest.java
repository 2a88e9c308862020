package io.smsdocs.core.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PhrasesTest {

    private static final Phrases ENGLISH = new Phrases(Map.of(), "en");
    private static final Phrases GERMAN = new Phrases(Map.of("and", "und", "andMore", "und {0} weitere"), "de");

    @Test
    void listsAreJoinedAsTheMacroLibraryJoinsThem() {
        assertThat(ENGLISH.andList(List.of())).isEmpty();
        assertThat(ENGLISH.andList(List.of("A"))).isEqualTo("A");
        assertThat(ENGLISH.andList(List.of("A", "B", "C"))).isEqualTo("A, B and C");
        assertThat(GERMAN.andList(List.of("A", "B"))).isEqualTo("A und B");
    }

    @Test
    void longListsAreAlwaysComplete() {
        List<String> many = IntStream.rangeClosed(1, 5000).mapToObj(i -> "S" + i).toList();

        assertThat(ENGLISH.andList(many)).startsWith("S1, S2").endsWith("and S" + many.size()).doesNotContain("more");
        assertThat(GERMAN.andList(many)).endsWith("und S" + many.size());
        assertThat(ENGLISH.andList(many.subList(0, 12))).endsWith("S11 and S12");
    }

    @Test
    void capFirstRaisesTheFirstLetterAfterLeadingBlanks() {
        assertThat(Phrases.capFirst("the tool")).isEqualTo("The tool");
        assertThat(Phrases.capFirst("  über")).isEqualTo("  Über");
        assertThat(Phrases.capFirst("")).isEmpty();
    }

    @Test
    void aTextWithAnArgumentIsFilledWithoutMessageFormatQuoting() {
        Phrases phrases = new Phrases(Map.of("duty.processes", "Owner's processes: {0}"), "en");

        assertThat(phrases.fill("duty.processes", "unused", "A and B")).isEqualTo("Owner's processes: A and B");
        assertThat(ENGLISH.fill("missing.key", "Fallback {0}", "x")).isEqualTo("Fallback x");
    }
}
