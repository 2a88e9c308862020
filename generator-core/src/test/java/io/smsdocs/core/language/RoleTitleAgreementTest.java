package io.smsdocs.core.language;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.GenerationResult;
import io.smsdocs.core.api.SmsGenerator;
import io.smsdocs.core.problem.Problem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A role title inserted into a sentence takes the article its gender and number need. The fixture's roles
 * cover every case: "Oberste Leitung" (feminine), "Servicemanagement-Team" (neuter), "Leiterin IT-Betrieb"
 * (feminine, head noun first), "Bereichsleiter" (plural, set in the descriptor), "Head of IT Service Management"
 * (English, masculine). Every article directly before a title in every document must be one of the forms of
 * its gender (the table below); the English set runs through the same check with its own articles.
 */
class RoleTitleAgreementTest {

    private static final Map<String, Set<String>> ALLOWED_GERMAN = Map.of(
            "Oberste Leitung", Set.of("die", "der", "eine", "einer"),
            "Servicemanagement-Team", Set.of("das", "des", "dem", "ein", "eines", "einem"),
            "Leiterin IT-Betrieb", Set.of("die", "der", "eine", "einer"),
            "Bereichsleiter", Set.of("die", "der", "den"),
            "Head of IT Service Management", Set.of("der", "des", "dem", "den", "ein", "eines", "einem", "einen"));
    private static final Set<String> ALLOWED_ENGLISH = Set.of("the", "a", "an");
    private static final Pattern ARTICLE = Pattern.compile("\\b((?i:der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines|the|a|an)) (?:\\*\\*)?("
            + String.join("|", ALLOWED_GERMAN.keySet().stream().map(Pattern::quote).toList()) + ")(?![\\p{L}-])");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"de, 2018", "de, 2011", "en, 2018"})
    void everyArticleBeforeARoleTitleAgreesWithIt(String language, String edition, @TempDir Path dir) throws IOException {
        String yaml = Files.readString(Path.of("src/test/resources/descriptors/grammar-de.yaml"))
                .replace("  language: de", "  language: " + language + "\n  edition: \"" + edition + "\"");
        Path descriptor = dir.resolve("sms.yaml");
        Files.writeString(descriptor, yaml);
        GenerationResult result = new SmsGenerator().generate(GenerationRequest.of(descriptor, null, dir.resolve("out"), List.of("markdown")));

        List<String> wrong = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(dir.resolve("out/markdown"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = ARTICLE.matcher(lines.get(i));
                    while (m.find()) {
                        checked++;
                        Set<String> allowed = language.equals("de") ? ALLOWED_GERMAN.get(m.group(2)) : ALLOWED_ENGLISH;
                        if (!allowed.contains(m.group(1).toLowerCase())) {
                            wrong.add(file.getFileName() + ":" + (i + 1) + ": " + m.group());
                        }
                    }
                }
            }
        }
        assertThat(checked).as("articles before role titles found").isGreaterThan(language.equals("de") ? 50 : 10);
        assertThat(wrong).as("articles that do not agree with the title after them").isEmpty();
        // The German words of the set use the term table's words only.
        assertThat(result.warnings()).extracting(Problem::format).noneMatch(w -> w.contains("is not the term of this set"));
    }
}
