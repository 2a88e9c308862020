package io.smsdocs.core.render;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.smsdocs.core.render.ContinuityDocumentsAgreeTest.tables;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every measure a document of the set states, with its target, is defined in the measure definitions with the
 * same target: the measures tables of the procedures, the main measures of the monitoring procedure and the
 * commitments of the service level agreements, in every sample set (both editions, both languages).
 */
class MeasureTargetsAgreeTest {

    private static final Pattern MAIN = Pattern.compile("(.*) \\((?:target of objective OBJ-\\d\\d:|Zielwert gemäß Servicemanagementziel Z-\\d\\d:|target|Ziel) (.*)\\)");

    private static final String INCIDENTS_EN = "Incidents of each priority that meet both their response and their resolution target";
    private static final String INCIDENTS_DE = "Incidents jeder Priorität, die ihr Reaktions- und ihr Lösungsziel erreichen";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "northwind, ../samples/northwind/src/sms/sms.yaml",
            "stmarys-it, ../samples/stmarys-it/src/sms/sms.yaml",
            "rheintal-de, ../samples/consultant-pack/client/src/sms/sms.yaml",
            "minimal, src/test/resources/descriptors/minimal.yaml"
    })
    void everyStatedTargetIsTheTargetOfItsDefinition(String name, String descriptor) throws IOException {
        new SmsGenerator().generate(GenerationRequest.of(Path.of(descriptor), null, dir, List.of("markdown")));
        Path markdown = dir.resolve("markdown");
        Map<String, String> defined = definitions(Files.readString(markdown.resolve("measure-definitions.md")));
        assertThat(defined).as("measures defined in %s", name).hasSizeGreaterThan(40);

        int compared = 0;
        try (Stream<Path> files = Files.list(markdown)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md") && !f.endsWith("measure-definitions.md")).sorted().toList()) {
                String document = Files.readString(file);
                for (List<List<String>> table : tables(document)) {
                    List<String> header = table.get(0);
                    if (List.of(List.of("Measure", "Target"), List.of("Kennzahl", "Zielwert"), List.of("Messgröße", "Zielwert")).contains(header)) {
                        for (List<String> row : table.subList(1, table.size())) {
                            assertThat(defined).as("%s: %s in %s", name, row.get(0), file.getFileName()).containsEntry(row.get(0), row.get(1));
                            compared++;
                        }
                    }
                    int main = header.indexOf("Main measure") >= 0 ? header.indexOf("Main measure") : header.indexOf("Wichtigste Kennzahl");
                    for (List<String> row : main < 0 ? List.<List<String>>of() : table.subList(1, table.size())) {
                        Matcher m = MAIN.matcher(row.get(main));
                        assertThat(m.matches()).as("%s: main measure '%s' states its target", name, row.get(main)).isTrue();
                        assertThat(defined).as("%s: main measure in %s", name, file.getFileName()).containsEntry(m.group(1), m.group(2));
                        compared++;
                    }
                }
                if (file.getFileName().toString().startsWith("sla-")) {
                    boolean german = defined.containsKey(INCIDENTS_DE);
                    String target = defined.get(german ? INCIDENTS_DE : INCIDENTS_EN);
                    assertThat(document).as("%s: %s states the incident commitment of the register", name, file.getFileName())
                            .contains(Character.toUpperCase(target.charAt(0)) + target.substring(1)
                                    + (german ? " der Incidents jeder Priorität" : " of incidents in each priority"));
                    compared++;
                }
            }
        }
        assertThat(compared).as("targets compared in %s", name).isGreaterThan(60);
    }

    /** Measure → target of every table of the register (an objective's measure without the note on its process). */
    private static Map<String, String> definitions(String register) {
        Map<String, String> defined = new LinkedHashMap<>();
        for (List<List<String>> table : tables(register)) {
            List<String> header = table.get(0);
            int measure = header.indexOf("Measure") >= 0 ? header.indexOf("Measure") : header.indexOf("Kennzahl");
            int target = header.indexOf("Target") >= 0 ? header.indexOf("Target") : header.indexOf("Zielwert");
            if (measure >= 0 && target >= 0) {
                for (List<String> row : table.subList(1, table.size())) {
                    defined.put(row.get(measure).replaceAll(" \\((main measure of the process|wichtigste Kennzahl des Prozesses) [^)]*\\)$", ""),
                            row.get(target));
                }
            }
        }
        return defined;
    }
}
