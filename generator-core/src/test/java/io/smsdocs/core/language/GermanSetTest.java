package io.smsdocs.core.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A German set (sms.language: de) has no English left in it, apart from what the descriptor itself says
 * (names, titles, descriptions) and established abbreviations. Both samples are rendered in German and
 * every document is scanned for English function words once the descriptor's own texts are removed.
 */
class GermanSetTest {

    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|and|of|with|for|must|shall|is|are|each|every|which|when|where|this|that|from|by|or|to|on|be|its|their|has|have)\\b");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"northwind, ../samples/northwind/src/sms/sms.yaml", "stmarys-it, ../samples/stmarys-it/src/sms/sms.yaml"})
    void everyDocumentIsGerman(String name, String descriptor) throws IOException {
        String yaml = Files.readString(Path.of(descriptor)).replaceFirst("(?m)^  language: en$", "  language: de");
        if (!yaml.contains("language: de")) {
            yaml = yaml.replaceFirst("(?m)^sms:$", "sms:\n  language: de");
        }
        Path german = dir.resolve("sms.yaml");
        Files.writeString(german, yaml);
        new SmsGenerator().generate(GenerationRequest.of(german, null, dir.resolve("out"), List.of("markdown")));

        List<String> own = descriptorTexts(german);
        List<String> leftovers = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("out/markdown"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    String text = withoutOwnTexts(line, own);
                    Matcher english = ENGLISH.matcher(text);
                    if (english.find()) {
                        leftovers.add(file.getFileName() + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(leftovers).as("English left in the German %s set", name).isEmpty();
    }

    /** Every text the descriptor holds, longest first, so a name is removed before the words inside it. */
    private static List<String> descriptorTexts(Path descriptor) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(descriptor.toFile());
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        texts.sort(Comparator.comparingInt(String::length).reversed());
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isTextual() && node.asText().length() > 2) {
            texts.add(node.asText().strip());
        }
        node.forEach(child -> collect(child, texts));
    }

    private static String withoutOwnTexts(String line, List<String> own) {
        String text = line;
        for (String value : own) {
            text = text.replace(value, " ");
        }
        text = text.replaceAll("\\]\\([^)]*\\)", "]")   // link targets are file names
                .replaceAll("^\\| [A-Z]{2,5} \\| ([^|(]*)\\([^)]*\\)", "| $1")   // CMMI process areas keep their English names
                .replaceAll("<!--.*?-->", "")
                .replaceAll("ISO/IEC [0-9-]+(:\\d{4})?", "")
                // Names of frameworks and terms that German service management uses in English.
                .replace("CMMI for Services", "").replace("Request for Change", "").replace("Single Points of Failure", "");
        return text;
    }
}
