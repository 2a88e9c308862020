package io.smsdocs.core.template;

import io.smsdocs.core.problem.SmsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A pack's pack.yaml is read like a descriptor: a mistake is a located problem with a hint, never a stack trace. */
class PackCatalogueTest {

    @TempDir
    Path dir;

    private ClassLoader packWith(String packYaml) throws IOException {
        Path root = dir.resolve("pack-jar");
        Path pack = Files.createDirectories(root.resolve("META-INF/smsdocs/packs/acme"));
        Files.writeString(root.resolve("META-INF/smsdocs/packs.index"), "acme\n");
        if (packYaml != null) {
            Files.writeString(pack.resolve("pack.yaml"), packYaml);
        }
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, getClass().getClassLoader());
    }

    private SmsException failure(String packYaml) throws IOException {
        ClassLoader classLoader = packWith(packYaml);
        SmsException e = catchThrowableOfType(SmsException.class, () -> PackCatalogue.read(classLoader));
        assertThat(e).as("pack.yaml must be refused").isNotNull();
        return e;
    }

    @Test
    void readsTheBuiltInPackAndThePacksInClasspathOrder() throws IOException {
        PackCatalogue catalogue = PackCatalogue.read(packWith("name: acme\nversion: 2.1.0\ndocuments:\n  - documents/cloud.md.ftl\n"));
        assertThat(catalogue.builtIn().version()).isEqualTo("1.0.0");
        assertThat(catalogue.builtIn().documents()).contains("documents/sms-plan.md.ftl");
        assertThat(catalogue.packs()).singleElement().satisfies(pack -> {
            assertThat(pack.name()).isEqualTo("acme");
            assertThat(pack.version()).isEqualTo("2.1.0");
            assertThat(pack.documents()).containsExactly("documents/cloud.md.ftl");
            assertThat(pack.documentsAt().get("documents/cloud.md.ftl").line()).isEqualTo(4);
        });
        assertThat(catalogue.all()).extracting(PackCatalogue.Pack::name).containsExactly("acme", "default");
    }

    @Test
    void malformedYamlIsLocatedWithAHint() throws IOException {
        assertThat(failure("name: acme\nversion: 2.1.0\ndocuments:\n  - documents/a.md.ftl\n - documents/b.md.ftl\n").problems())
                .singleElement().asString()
                .startsWith("[pack acme] pack.yaml:5:")
                .contains("invalid YAML")
                .contains("; check the indentation of this line against the lines above it");
    }

    @Test
    void wrongShapeIsLocatedAtTheValue() throws IOException {
        assertThat(failure("name: acme\nversoin: 2.1.0\ndocuments: documents/a.md.ftl\n").problems()).extracting(Object::toString)
                .containsExactly(
                        "[pack acme] pack.yaml:2:1: unknown key 'versoin' in pack.yaml; did you mean 'version'?",
                        "[pack acme] pack.yaml:3:12: 'documents' in pack.yaml must be a list;"
                                + " list one template per line: '  - documents/<id>.md.ftl'");
        assertThat(failure("name: acme\ndocuments:\n  - {path: documents/a.md.ftl}\n").problems()).singleElement().asString()
                .isEqualTo("[pack acme] pack.yaml:3:5: an entry of 'documents' in pack.yaml is not a template path;"
                        + " list one template per line: '  - documents/<id>.md.ftl'");
    }

    @Test
    void aListOrAnEmptyFileIsNoPackYaml() throws IOException {
        // Located where the YAML reader (the descriptor's) finds out: after the list.
        assertThat(failure("- documents/a.md.ftl\n").problems()).singleElement().asString()
                .isEqualTo("[pack acme] pack.yaml:2:1: pack.yaml must be a mapping of keys such as 'name:' and 'documents:';"
                        + " pack.yaml holds name:, version: and documents: [documents/<id>.md.ftl, ...] (see docs/templates.md)");
        assertThat(failure("\n").problems()).singleElement().asString()
                .isEqualTo("[pack acme] pack.yaml:1:1: pack.yaml is empty;"
                        + " pack.yaml holds name:, version: and documents: [documents/<id>.md.ftl, ...] (see docs/templates.md)");
    }

    @Test
    void anIndexedPackWithoutPackYamlIsNamed() throws IOException {
        assertThat(failure(null).problems()).singleElement().asString()
                .isEqualTo("[pack acme] pack.yaml: the pack index META-INF/smsdocs/packs.index names the pack 'acme', but the pack"
                        + " has no pack.yaml; add META-INF/smsdocs/packs/acme/pack.yaml to the pack's jar, or remove 'acme' from"
                        + " its META-INF/smsdocs/packs.index");
    }

    @Test
    void aListedDocumentThatNoLayerHasIsReportedAtItsLine() throws IOException {
        ClassLoader classLoader = packWith("name: acme\ndocuments:\n  - documents/missing.md.ftl\n");
        SmsException e = catchThrowableOfType(SmsException.class,
                () -> TemplateRepository.create(null, null, false, classLoader).documentTemplates());
        assertThat(e.problems()).singleElement().asString()
                .isEqualTo("[pack acme] pack.yaml:3:5: pack.yaml lists documents/missing.md.ftl but no layer contains it;"
                        + " add the template to the pack, or remove it from pack.yaml");
    }

    @Test
    void aMisspeltPackNameIsRefusedAtItsValue() throws IOException {
        // Issue 19: a misspelt name used to pass without a word.
        assertThat(failure("name: acmee\nversion: 1.0.0\n").problems()).singleElement().asString()
                .isEqualTo("[pack acme] pack.yaml:1:7: pack.yaml names the pack 'acmee', but it lives in META-INF/smsdocs/packs/acme/,"
                        + " which META-INF/smsdocs/packs.index lists; did you mean 'acme'?");
    }

    @Test
    void languagesAndEditionsAreListsOfKnownValues() throws IOException {
        assertThat(failure("name: acme\nlanguages: [en, German]\neditions: [\"2018\", \"2015\"]\n").problems()).extracting(Object::toString)
                .containsExactly("[pack acme] pack.yaml:2:17: 'German' in 'languages' of pack.yaml is not a language code such as de;"
                                + " list the set languages the pack supports, such as en, de",
                        "[pack acme] pack.yaml:3:20: '2015' in 'editions' of pack.yaml is not \"2018\" or \"2011\";"
                                + " list the editions the pack supports: \"2018\", \"2011\"");
        PackCatalogue.Pack pack = PackCatalogue.read(packWith("name: acme\nlanguages: [de]\neditions: [\"2011\"]\n")).packs().get(0);
        assertThat(pack.languages()).containsExactly("de");
        assertThat(pack.editions()).containsExactly("2011");
    }

    @Test
    void theSchemaDefinesTheKeysAndAcceptsTheSamplePack() throws IOException {
        // The schema is what editors complete from; the reader takes its key list from it, so the two cannot differ.
        var schemaNode = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of("../schema/pack.schema.json").toFile());
        var schema = com.networknt.schema.SchemaRegistry.withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2020_12)
                .getSchema(schemaNode);
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        var sample = yaml.readTree(Path.of("../samples/consultant-pack/pack/src/main/resources/META-INF/smsdocs/packs/harbour/pack.yaml").toFile());
        assertThat(schema.validate(sample)).isEmpty();
        assertThat(schema.validate(yaml.readTree("name: acme\nversion: 1.0.0\nrefrenceDocx: style.docx\n"))).isNotEmpty();
        assertThat(failure("name: acme\nversion: 1.0.0\nrefrenceDocx: style.docx\n").problems()).singleElement().asString()
                .isEqualTo("[pack acme] pack.yaml:3:1: unknown key 'refrenceDocx' in pack.yaml; did you mean 'referenceDocx'?");
    }
}
