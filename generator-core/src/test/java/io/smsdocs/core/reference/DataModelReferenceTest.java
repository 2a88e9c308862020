package io.smsdocs.core.reference;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/data-model.md is generated from the data models of the sample sets (see {@link DataModelShape}), with a
 * description of every path from {@code data-model.properties}; the committed file must be what the code
 * generates. After a change to the model, add or remove descriptions and refresh the file with
 * {@code mvn -o -q -pl generator-core -am test -Dtest=DataModelReferenceTest -Dgolden.update=true}.
 */
class DataModelReferenceTest {

    private static final Path REFERENCE = Path.of("../docs/data-model.md");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private static DataModelReference reference;
    private static Map<String, String> descriptions;

    @BeforeAll
    static void walkTheSampleModels() throws IOException {
        descriptions = descriptions();
        Set<String> keyed = descriptions.keySet().stream().filter(p -> p.substring(p.lastIndexOf('.') + 1).startsWith("<"))
                .collect(Collectors.toSet());
        DataModelShape shape = new DataModelShape(keyed);
        SampleModels.SAMPLES.forEach(sample -> SampleModels.of(sample).forEach(shape::add));
        reference = new DataModelReference(shape.entries(), descriptions);
    }

    static Map<String, String> descriptions() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("..").resolve(DataModelReference.DESCRIPTIONS), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> descriptions = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> descriptions.put(k, properties.getProperty(k).strip()));
        return descriptions;
    }

    @Test
    void everyPathOfTheModelHasADescription() {
        assertThat(reference.undescribed()).as("paths of the data model without a description in %s; add these lines:%n%s",
                DataModelReference.DESCRIPTIONS, reference.missingLines()).isEmpty();
    }

    @Test
    void everyDescriptionNamesAPathTheModelHas() {
        assertThat(reference.stale()).as("descriptions in %s of paths the data model no longer has", DataModelReference.DESCRIPTIONS)
                .isEmpty();
    }

    @Test
    void noDescriptionIsLeftUnwritten() {
        assertThat(descriptions.entrySet().stream().filter(e -> e.getValue().isBlank() || e.getValue().contains("TODO"))
                .map(Map.Entry::getKey).toList()).as("descriptions still to write in %s", DataModelReference.DESCRIPTIONS).isEmpty();
    }

    @Test
    void theCommittedReferenceIsWhatTheCodeGenerates() throws IOException {
        String generated = reference.markdown(SampleModels.SAMPLES);
        if (UPDATE) {
            Files.writeString(REFERENCE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(REFERENCE)).as("%s exists (generate it with -Dgolden.update=true)", REFERENCE).isTrue();
        assertThat(Files.readString(REFERENCE, StandardCharsets.UTF_8)).as("%s (refresh with -Dgolden.update=true)", REFERENCE)
                .isEqualTo(generated);
    }
}
