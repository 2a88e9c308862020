package io.smsdocs.core.template;

import freemarker.template.Configuration;
import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.GenerationResult;
import io.smsdocs.core.api.SmsGenerator;
import freemarker.template.Template;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The lookup order is layer first, language second: an override in the docs repo wins in every language. */
class TemplateSourceChainTest {

    private static final Locale GERMAN = Locale.GERMAN;
    private static final String SCOPE_HEADER = "<#--\nid: sms-scope\ntitle: %s\nkind: statement\ncode: STM-01\norder: 110\n"
            + "clauses: [\"4.3\", \"4.4\"]\n%s-->\n";
    private static final String GLOSSARY_HEADER = "<#--\nid: glossary\ntitle: Glossary (ours)\nkind: glossary\ncode: GLO-01\n"
            + "order: 910\nclauses: [\"7.5.1\"]\n-->\n";

    @TempDir
    Path dir;

    private Path project() throws IOException {
        return Files.createDirectories(dir.resolve("templates"));
    }

    private void write(Path root, String name, String text) throws IOException {
        Files.createDirectories(root.resolve(name).getParent());
        Files.writeString(root.resolve(name), text);
    }

    /** A pack "acme" in a class folder, with the given files besides its pack.yaml. */
    private ClassLoader pack(String packYaml, Map<String, String> files) throws IOException {
        Path root = dir.resolve("pack-jar");
        Path pack = root.resolve("META-INF/smsdocs/packs/acme");
        Files.createDirectories(pack);
        Files.writeString(root.resolve("META-INF/smsdocs/packs.index"), "acme\n");
        Files.writeString(pack.resolve("pack.yaml"), packYaml);
        for (Map.Entry<String, String> file : files.entrySet()) {
            write(pack, file.getKey(), file.getValue());
        }
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, getClass().getClassLoader());
    }

    private TemplateRepository repository(ClassLoader classLoader) throws IOException {
        return TemplateRepository.create(project(), "src/sms/templates", true, classLoader);
    }

    private static List<String> displays(List<TemplateSourceChain.Source> sources) {
        return sources.stream().map(TemplateSourceChain.Source::display).toList();
    }

    @Test
    void variantsAreTheLocaleNamesMostSpecificFirst() {
        assertThat(TemplateSourceChain.variants("documents/glossary.md.ftl", Locale.forLanguageTag("de-CH")))
                .containsExactly("documents/glossary.md_de_CH.ftl", "documents/glossary.md_de.ftl", "documents/glossary.md.ftl");
        assertThat(TemplateSourceChain.variants("documents/glossary.md.ftl", GERMAN))
                .containsExactly("documents/glossary.md_de.ftl", "documents/glossary.md.ftl");
        assertThat(TemplateSourceChain.variants("documents/glossary.md.ftl", Locale.ROOT)).containsExactly("documents/glossary.md.ftl");
        assertThat(TemplateSourceChain.variants("notes.d/readme", GERMAN)).containsExactly("notes.d/readme_de", "notes.d/readme");
        assertThat(TemplateSourceChain.locale("en")).isEqualTo(Locale.ROOT);
        assertThat(TemplateSourceChain.locale("de")).isEqualTo(GERMAN);
    }

    @Test
    void layerComesBeforeLanguage() throws IOException {
        ClassLoader withPack = pack("name: acme\nversion: 1.0.0\n", Map.of(
                "documents/glossary.text_de.ftl", "pack German", "documents/glossary.text.ftl", "pack English",
                "sections/change-management.text.ftl", "pack English"));
        write(project(), "documents/glossary.text.ftl", "project English");
        TemplateSourceChain chain = repository(withPack).loader();

        assertThat(displays(chain.candidates("documents/glossary.text.ftl", GERMAN))).containsExactly(
                "src/sms/templates/documents/glossary.text.ftl",
                "[pack acme] documents/glossary.text_de.ftl", "[pack acme] documents/glossary.text.ftl",
                "[built-in pack] documents/glossary.text_de.ftl", "[built-in pack] documents/glossary.text.ftl");
        assertThat(chain.find("documents/glossary.text.ftl", GERMAN)).get().extracting(TemplateSourceChain.Source::display)
                .isEqualTo("src/sms/templates/documents/glossary.text.ftl");
        // Within a layer the language variant comes first.
        write(project(), "documents/glossary.text_de.ftl", "project German");
        assertThat(chain.find("documents/glossary.text.ftl", GERMAN)).get().extracting(TemplateSourceChain.Source::display)
                .isEqualTo("src/sms/templates/documents/glossary.text_de.ftl");
        assertThat(chain.find("documents/glossary.text.ftl", Locale.ROOT)).get().extracting(TemplateSourceChain.Source::display)
                .isEqualTo("src/sms/templates/documents/glossary.text.ftl");
        // A pack's English file beats the built-in German one too.
        assertThat(chain.find("sections/change-management.text.ftl", GERMAN)).get().extracting(TemplateSourceChain.Source::display)
                .isEqualTo("[pack acme] sections/change-management.text.ftl");
        assertThat(chain.find("documents/sms-plan.text.ftl", GERMAN)).get().extracting(TemplateSourceChain.Source::display)
                .isEqualTo("[built-in pack] documents/sms-plan.text_de.ftl");
        // A structure exists once, for every language.
        assertThat(chain.find("documents/sms-plan.md.ftl", GERMAN)).get().extracting(TemplateSourceChain.Source::display)
                .isEqualTo("[built-in pack] documents/sms-plan.md.ftl");
        // builtin/ reaches the built-in pack only, in the set's language.
        assertThat(chain.find("builtin/documents/glossary.text.ftl", GERMAN)).get().extracting(TemplateSourceChain.Source::display)
                .isEqualTo("[built-in pack] documents/glossary.text_de.ftl");
        assertThat(chain.find("documents/no-such.md.ftl", GERMAN)).isEmpty();
    }

    @Test
    void freeMarkerLoadsThroughTheChainAndItsErrorsNameTheFile() throws IOException {
        write(project(), "documents/glossary.md.ftl", "project English");
        write(project(), "documents/sms-scope.md_de.ftl", "project German");
        TemplateRepository repository = repository(getClass().getClassLoader());
        Configuration configuration = repository.configuration();

        Template glossary = configuration.getTemplate("documents/glossary.md.ftl", GERMAN);
        assertThat(repository.displayName(glossary.getSourceName())).isEqualTo("src/sms/templates/documents/glossary.md.ftl");
        Template scope = configuration.getTemplate("documents/sms-scope.md.ftl", GERMAN);
        assertThat(repository.displayName(scope.getSourceName())).isEqualTo("src/sms/templates/documents/sms-scope.md_de.ftl");
        Template englishScope = configuration.getTemplate("documents/sms-scope.md.ftl", Locale.ROOT);
        assertThat(repository.displayName(englishScope.getSourceName())).isEqualTo("[built-in pack] documents/sms-scope.md.ftl");
        Template plan = configuration.getTemplate("documents/sms-plan.md.ftl", GERMAN);
        assertThat(repository.displayName(plan.getSourceName())).isEqualTo("[built-in pack] documents/sms-plan.md.ftl");
        Template planWords = configuration.getTemplate("documents/sms-plan.text.ftl", GERMAN);
        assertThat(repository.displayName(planWords.getSourceName())).isEqualTo("[built-in pack] documents/sms-plan.text_de.ftl");
        // The template keeps its name, so relative includes resolve against the name, not the file.
        assertThat(glossary.getName()).isEqualTo("documents/glossary.md.ftl");
    }

    @Test
    void includesFollowTheChainInTheSetsLanguage() throws Exception {
        ClassLoader withPack = pack("name: acme\nversion: 1.0.0\n", Map.of("sections/greeting_de.ftl", "Hallo aus dem Paket",
                "sections/farewell_de.ftl", "Tschüss aus dem Paket", "sections/farewell.ftl", "Bye from the pack"));
        write(project(), "lib/sms.ftl", "<#-- a library of our own, which needs no data model -->");
        write(project(), "sections/greeting.ftl", "Hello from the project");
        write(project(), "documents/letter.md.ftl", "<#include \"/sections/greeting.ftl\"> / <#include \"../sections/farewell.ftl\">");
        Configuration configuration = repository(withPack).configuration();

        StringWriter german = new StringWriter();
        configuration.getTemplate("documents/letter.md.ftl", GERMAN).process(Map.of(), german);
        assertThat(german.toString()).isEqualTo("Hello from the project / Tschüss aus dem Paket");
        StringWriter english = new StringWriter();
        configuration.getTemplate("documents/letter.md.ftl", Locale.ROOT).process(Map.of(), english);
        assertThat(english.toString()).isEqualTo("Hello from the project / Bye from the pack");
    }

    @Test
    void aProjectFileThatHidesAMoreSpecificVariantIsNamedWithBothFiles() throws IOException {
        write(project(), "documents/glossary.md.ftl", GLOSSARY_HEADER + "ours");
        write(project(), "documents/glossary.text.ftl", "@@title\nour words");
        write(project(), "documents/sms-scope.md_de.ftl", SCOPE_HEADER.formatted("Geltungsbereich", "") + "unserer");
        write(project(), "sections/change-management.text.ftl", "@@intro\nour change management");
        TemplateRepository repository = repository(getClass().getClassLoader());

        // The structure is shared by every language, so overriding it hides nothing; English-named words do.
        // (Each of these hand-written copies also records no base: OverrideRebaseTest covers that warning.)
        List<Problem> german = shadowingOnly(repository.templateWarnings(repository.documentTemplates("de"), "de"));
        assertThat(german).extracting(Problem::format).containsExactlyInAnyOrder(
                "src/sms/templates/documents/glossary.text.ftl:1:1: this override hides the German (de) variant"
                        + " [built-in pack] documents/glossary.text_de.ftl, and the German set renders this file instead;"
                        + " if it is written in German, rename it glossary.text_de.ftl; if not, add a glossary.text_de.ftl beside it"
                        + " (sms:export-templates sms.templates=documents/glossary.text copies the built-in one)",
                "src/sms/templates/sections/change-management.text.ftl:1:1: this override hides the German (de) variant"
                        + " [built-in pack] sections/change-management.text_de.ftl, and the German set renders this file instead;"
                        + " if it is written in German, rename it change-management.text_de.ftl; if not, add a change-management.text_de.ftl"
                        + " beside it (sms:export-templates sms.templates=sections/change-management.text copies the built-in one)");
        assertThat(german).allMatch(p -> !p.isError());
        // An English set looks up plain names only: nothing is hidden.
        assertThat(shadowingOnly(repository.templateWarnings(repository.documentTemplates("en"), "en"))).isEmpty();
    }

    private static List<Problem> shadowingOnly(List<Problem> warnings) {
        return warnings.stream().filter(w -> !w.message().contains("records no copy of the version it started from")).toList();
    }

    @Test
    void aLanguageNamedOverrideCarriesItsOwnHeaderAndStaleStamp() throws IOException {
        write(project(), "documents/sms-scope.md_de.ftl", SCOPE_HEADER.formatted("Geltungsbereich (unserer)", "packVersion: 0.9.0\n")
                + "unserer");
        TemplateRepository repository = repository(getClass().getClassLoader());

        List<TemplateMetadata> german = repository.documentTemplates("de");
        assertThat(german).filteredOn(t -> t.id().equals("sms-scope")).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("Geltungsbereich (unserer)");
            assertThat(t.templateName()).isEqualTo("documents/sms-scope.md.ftl");
        });
        assertThat(repository.documentTemplates("en")).filteredOn(t -> t.id().equals("sms-scope")).singleElement()
                .extracting(TemplateMetadata::title).isEqualTo("SMS Scope Statement");
        assertThat(repository.templateWarnings(german, "de")).extracting(Problem::format).containsExactly(
                "src/sms/templates/documents/sms-scope.md_de.ftl:1:1: this override was written against built-in pack 0.9.0, and the"
                        + " built-in documents/sms-scope.md.ftl is now at 1.0.0; compare it with the built-in version"
                        + " (sms:export-templates sms.templates=sms-scope sms.templateDirectory=target/builtin-templates"
                        + " writes it there), then set packVersion: 1.0.0");
    }

    @Test
    void aLanguageVariantWithoutAHeaderTakesTheSharedOne() throws IOException {
        write(project(), "documents/sms-scope.md_de.ftl", "nur Text, kein Kopf");
        TemplateRepository repository = repository(getClass().getClassLoader());
        assertThat(repository.documentTemplates("de")).filteredOn(t -> t.id().equals("sms-scope")).singleElement()
                .extracting(TemplateMetadata::title).isEqualTo("SMS Scope Statement");
    }

    @Test
    void aGermanSetRendersProjectOverridesOfEitherLanguageName() throws IOException {
        write(project(), "documents/glossary.md.ftl", GLOSSARY_HEADER + "Unser eigenes Glossar.\n");
        write(project(), "documents/sms-scope.md_de.ftl", SCOPE_HEADER.formatted("Geltungsbereich", "")
                + "<#include \"/builtin/documents/sms-scope.md.ftl\">\n\n## Unsere Ergänzung\n\nVon uns geprüft.\n");
        Path descriptor = dir.resolve("sms.yaml");
        Files.writeString(descriptor, "organization: {name: Beispiel GmbH}\nsms: {language: de, scope: Das SMS umfasst alle Dienste.}\n");

        GenerationResult result = new SmsGenerator().generate(GenerationRequest.of(descriptor, project(), dir.resolve("out"),
                List.of("markdown")));

        assertThat(Files.readString(dir.resolve("out/markdown/glossary.md"))).contains("Unser eigenes Glossar.");
        // The German-named override includes the built-in German scope statement and adds to it.
        String scope = Files.readString(dir.resolve("out/markdown/sms-scope.md"));
        assertThat(scope).contains("## Unsere Ergänzung").contains("Von uns geprüft.").contains("Das SMS umfasst alle Dienste.");
        assertThat(Files.readString(dir.resolve("out/markdown/sms-plan.md"))).as("the rest stays German").contains("Geltungsbereich");
        // Both structures are shared by every language: neither override hides a German file.
        assertThat(result.warnings()).extracting(Problem::format).noneMatch(w -> w.contains("hides"));
    }

    @Test
    void anErrorInALanguageNamedOverrideIsReportedAtThatFile() throws IOException {
        write(project(), "documents/sms-scope.md_de.ftl", SCOPE_HEADER.formatted("Geltungsbereich", "") + "Inhaber: ${org.ownr}\n");
        Path descriptor = dir.resolve("sms.yaml");
        Files.writeString(descriptor, "organization: {name: Beispiel GmbH}\nsms: {language: de, scope: Das SMS umfasst alle Dienste.}\n");
        TemplateRepository repository = repository(getClass().getClassLoader());
        assertThat(repository.displayName("documents/sms-scope.md.ftl", "de")).isEqualTo("src/sms/templates/documents/sms-scope.md_de.ftl");
        assertThat(repository.displayName("documents/sms-scope.md.ftl")).isEqualTo("[built-in pack] documents/sms-scope.md.ftl");

        SmsException e = catchThrowableOfType(SmsException.class, () -> new SmsGenerator().generate(GenerationRequest.builder(descriptor,
                dir.resolve("out")).descriptorDisplay("sms.yaml").templateDirectory(project(), true).templateDisplay("src/sms/templates")
                .formats(List.of("markdown")).build()));
        assertThat(e.problems()).singleElement().asString()
                .startsWith("src/sms/templates/documents/sms-scope.md_de.ftl:9:12: undefined variable, field or macro 'org.ownr'");
    }

    /** The client's copy of a template the consultant's pack supplies wins, and says so, naming both files. */
    @Test
    void aProjectFileThatHidesAPacksTemplateIsNamedWithBothFiles() throws IOException {
        ClassLoader withPack = pack("name: acme\nversion: 1.0.0\ndocuments:\n  - documents/glossary.md.ftl\n", Map.of(
                "documents/glossary.md.ftl", GLOSSARY_HEADER + "the pack's glossary"));
        write(project(), "documents/glossary.md.ftl", GLOSSARY_HEADER + "ours");
        write(project(), "documents/sms-scope.md.ftl", SCOPE_HEADER.formatted("Scope", "") + "ours, the pack has none");
        TemplateRepository repository = repository(withPack);

        for (String language : List.of("en", "de")) {
            assertThat(shadowingOnly(repository.templateWarnings(repository.documentTemplates(language), language))).extracting(Problem::format)
                    .containsExactly("src/sms/templates/documents/glossary.md.ftl:1:1: this override hides [pack acme]"
                            + " documents/glossary.md.ftl, which a pack supplies, and the set renders this file instead; compare it with"
                            + " the pack's version (sms:export-templates sms.templates=glossary sms.templateDirectory=target/pack-templates"
                            + " writes it there) and keep what the pack adds, or remove this file");
        }
    }
}
