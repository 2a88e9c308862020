package io.smsdocs.core.scaffold;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.GenerationResult;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.api.SmsGenerator;
import io.smsdocs.core.check.SmsChecks;
import io.smsdocs.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ScaffoldTest {

    @TempDir
    Path dir;

    @Test
    void initWritesADescriptorThatGeneratesAFullSetAndNeverOverwrites() throws IOException {
        ProjectScaffold.Result result = ProjectScaffold.create(dir, "Riverside Hospital IT", "2018", "9.9.9");
        assertThat(result.written()).containsExactly("src/sms/sms.yaml", "src/sms/sms.schema.json", "pom.xml", ".gitignore",
                ".mvn/README.md", ".mvn/jvm.config");
        assertThat(result.pomNeedsPlugin()).as("the pom init writes declares the plugin").isFalse();
        assertThat(dir.resolve("pom.xml")).content().contains("<artifactId>riverside-hospital-it-sms-docs</artifactId>")
                .contains("<version>9.9.9</version>");
        GenerationResult generated = new SmsGenerator().generate(GenerationRequest.of(dir.resolve("src/sms/sms.yaml"), null,
                dir.resolve("target/sms"), List.of("markdown")));
        assertThat(generated.documents()).hasSizeGreaterThan(20);
        assertThat(dir.resolve("target/sms/markdown/sms-scope.md")).content().contains("Riverside Hospital IT");

        Files.writeString(dir.resolve("src/sms/sms.yaml"), "organization: {name: Mine}\nsms: {scope: mine}\n");
        ProjectScaffold.Result again = ProjectScaffold.create(dir, "Other Ltd", "2018", "9.9.9");
        assertThat(again.written()).isEmpty();
        assertThat(again.kept()).containsExactly("src/sms/sms.yaml", "src/sms/sms.schema.json", "pom.xml", ".gitignore",
                ".mvn/README.md", ".mvn/jvm.config");
        assertThat(dir.resolve("src/sms/sms.yaml")).content().contains("Mine");
    }

    @Test
    void initFor2011GeneratesTheNineSectionStructure() throws IOException {
        ProjectScaffold.create(dir, "Harbour City Hospital IT", "2011", "9.9.9");
        assertThat(dir.resolve("src/sms/sms.yaml")).content().contains("edition: \"2011\"").contains("clause: \"8.1\"");
        GenerationResult generated = new SmsGenerator().generate(GenerationRequest.of(dir.resolve("src/sms/sms.yaml"), null,
                dir.resolve("target/sms"), List.of("markdown")));
        assertThat(generated.edition()).isEqualTo("2011");
        assertThat(generated.documents()).extracting(GenerationResult.GeneratedDocument::id)
                .contains("service-delivery-processes", "relationship-processes", "control-processes", "release-policy",
                        "capacity-plan", "budgeting-and-accounting-policy", "governance-of-other-parties")
                .doesNotContain("service-assurance", "supply-and-demand", "knowledge-management");
        assertThat(dir.resolve("target/sms/markdown/control-processes.md")).content().contains("CMDB")
                .contains("ISO/IEC 20000-1:2011: 9.2 Change management");

        SmsException unknown = catchThrowableOfType(SmsException.class,
                () -> ProjectScaffold.create(dir.resolve("other"), "X Ltd", "2019", "9.9.9"));
        assertThat(unknown.problems()).singleElement().asString().isEqualTo("sms.edition:1:1: unknown edition '2019'; did you mean '2011'?");
    }

    @Test
    void theScaffoldPassesTheCheckAndStatesTheDefaultedProcessOwnersOnce() {
        ProjectScaffold.create(dir, "Riverside Hospital IT", "2018", "9.9.9");
        GenerationRequest request = GenerationRequest.builder(dir.resolve("src/sms/sms.yaml"), dir.resolve("target/sms"))
                .descriptorDisplay("src/sms/sms.yaml").formats(List.of("markdown")).build();

        SmsChecks.Findings findings = new SmsGenerator().check(request, LocalDate.of(2026, 6, 1));
        assertThat(findings.all()).extracting(Problem::format).isEmpty();
        // What the scaffold leaves to the organisation is listed as open decisions, once each, not as gaps.
        assertThat(findings.openDecisions()).extracting(Problem::format).anySatisfy(line -> assertThat(line)
                .startsWith("src/sms/sms.yaml:").contains("open decision D-", "19 processes have no owner (service-catalogue-management, ")
                .contains("the documents name 'sms-manager' meanwhile").endsWith("fails the build while one is open)"))
                .allSatisfy(line -> assertThat(line).contains("to be decided by"));
        // sms:generate with failOnWarning has no gap to fail on; the open decisions are reported, and fail only when asked.
        GenerationResult generated = new SmsGenerator().generate(request.withFailOnWarning(true));
        assertThat(generated.warnings()).isNotEmpty().allMatch(w -> w.message().startsWith("open decision D-"));
        assertThat(generated.notes()).isEmpty();
        SmsException undecided = catchThrowableOfType(SmsException.class, () -> new SmsGenerator().generate(
                request.toBuilder().failOnOpenDecisions(true).force(true).build()));
        assertThat(undecided.problems()).hasSameSizeAs(generated.warnings()).allMatch(Problem::isError);

        SmsChecks.Findings strict = new SmsGenerator().check(request.toBuilder().requireExplicitOwners(true).build(),
                LocalDate.of(2026, 6, 1));
        assertThat(strict.notes()).isEmpty();
        assertThat(strict.gaps()).hasSize(19).extracting(Problem::format).allMatch(line -> line.matches(
                "src/sms/sms\\.yaml:\\d+:\\d+: process [a-z-]+ \\([0-9.]+\\) has no owner role; the documents name 'sms-manager';"
                        + " add processes\\.[a-z-]+\\.owner with the role that owns it"));
    }

    @Test
    void initWritesTheSchemaBesideTheDescriptorAndNamesItInTheFirstLine() throws IOException {
        ProjectScaffold.create(dir, "Riverside Hospital IT", "2018", "9.9.9");
        assertThat(Files.readAllLines(dir.resolve("src/sms/sms.yaml")).get(0))
                .isEqualTo("# yaml-language-server: $schema=sms.schema.json");
        try (var schema = getClass().getResourceAsStream(io.smsdocs.core.descriptor.DescriptorSchema.RESOURCE)) {
            assertThat(dir.resolve("src/sms/sms.schema.json")).hasBinaryContent(schema.readAllBytes());
        }
        assertThat(dir.resolve(".gitignore")).hasContent("target/");
        assertThat(dir.resolve(".mvn")).isDirectory();
        assertThat(dir.resolve(".mvn/jvm.config")).hasContent("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        assertThat(dir.resolve("src/sms/sms.yaml")).content().doesNotContain("docs/descriptor.md")
                .doesNotContain("Replace this sentence");
    }

    @Test
    void anExistingPomWithoutThePluginIsTheOnlyCaseThatNeedsTheSnippet() throws IOException {
        Files.writeString(dir.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion></project>");
        Files.writeString(dir.resolve(".gitignore"), "*.class\n");
        ProjectScaffold.Result result = ProjectScaffold.create(dir, "Riverside Hospital IT", "2018", "9.9.9");
        assertThat(result.pomNeedsPlugin()).isTrue();
        assertThat(result.kept()).containsExactly("pom.xml", ".gitignore");
        assertThat(dir.resolve(".gitignore")).hasContent("*.class");

        Path declared = dir.resolve("declared");
        Files.createDirectories(declared);
        Files.writeString(declared.resolve("pom.xml"), ProjectScaffold.pom("X Ltd", "9.9.9"));
        assertThat(ProjectScaffold.create(declared, "X Ltd", "2018", "9.9.9").pomNeedsPlugin()).isFalse();
    }

    @Test
    void thePlaceholderScopeOfAnOlderScaffoldFailsTheCheckAtTheScope() throws IOException {
        Path descriptor = dir.resolve("sms.yaml");
        Files.writeString(descriptor, """
                organization: {name: Old Scaffold Ltd}
                sms:
                  scope: >-
                    The service management system of Old Scaffold Ltd covers the services listed below.
                    Replace this sentence with your own scope statement.
                """);
        SmsChecks.Findings findings = new SmsGenerator().check(GenerationRequest.builder(descriptor, dir.resolve("out"))
                .descriptorDisplay("src/sms/sms.yaml").formats(List.of("markdown")).build(), LocalDate.of(2026, 6, 1));
        assertThat(findings.gaps()).extracting(Problem::format).containsExactly("src/sms/sms.yaml:3:10: sms.scope still contains"
                + " the placeholder 'Replace this sentence with your own scope statement.'; write your own scope statement: which"
                + " services, for which customers, from which sites");
    }

    @Test
    void exportCopiesNamedTemplatesAndKeepsExistingFiles() throws IOException {
        Path templates = dir.resolve("src/sms/templates");
        Files.createDirectories(templates.resolve("documents"));
        Files.writeString(templates.resolve("documents/sms-scope.md.ftl"), "my edits");

        TemplateExport.Result result = TemplateExport.export(getClass().getClassLoader(), templates, List.of("sms-plan", "sms-scope"));
        // A document comes with its words (text catalogue); a structure the docs repo already has is kept.
        assertThat(result.written()).containsExactly("documents/sms-plan.md.ftl", "documents/sms-plan.text.ftl", "documents/sms-scope.text.ftl");
        assertThat(result.kept()).containsExactly("documents/sms-scope.md.ftl");
        assertThat(templates.resolve("documents/sms-scope.md.ftl")).hasContent("my edits");
        assertThat(templates.resolve("documents/sms-plan.md.ftl")).content().startsWith("<#--\npackVersion: 1.0.0\nid: sms-plan");

        TemplateExport.Result partials = TemplateExport.export(getClass().getClassLoader(), templates,
                List.of("sections/change-management", "messages/messages_2011.properties"));
        assertThat(partials.written()).containsExactly("sections/change-management.ftl", "sections/change-management.text.ftl",
                "messages/messages_2011.properties");
        assertThat(templates.resolve("messages/messages_2011.properties")).content().contains("internalSupplier = internal group");

        TemplateExport.Result all = TemplateExport.export(getClass().getClassLoader(), dir.resolve("all"), List.of());
        assertThat(all.written()).hasSizeGreaterThan(20).doesNotContain(TemplateExport.LIBRARY);

        SmsException unknown = catchThrowableOfType(SmsException.class,
                () -> TemplateExport.export(getClass().getClassLoader(), templates, List.of("sms-paln")));
        assertThat(unknown.problems()).singleElement().asString()
                .isEqualTo("sms.templates:1:1: no built-in template named 'sms-paln'; did you mean 'sms-plan'?");
    }

    @Test
    void exportCopiesTheVariantsOfTheSetsLanguageOrEveryLanguage() throws IOException {
        Path templates = dir.resolve("src/sms/templates");
        Files.createDirectories(templates.resolve("documents"));
        Files.writeString(templates.resolve("documents/sms-scope.text_de.ftl"), "meine Änderungen");

        // A German set renders the shared structure with the German words: those are what is copied.
        TemplateExport.Result german = TemplateExport.export(getClass().getClassLoader(), templates,
                List.of("glossary", "sms-scope", "sections/change-management", "lib/sms.ftl", "messages/messages_de.properties"), "de", false);
        assertThat(german.written()).containsExactly("documents/glossary.md.ftl", "documents/glossary.text_de.ftl",
                "documents/sms-scope.md.ftl", "sections/change-management.ftl", "sections/change-management.text_de.ftl",
                "lib/sms.ftl", "messages/messages_de.properties");
        assertThat(german.kept()).containsExactly("documents/sms-scope.text_de.ftl");
        assertThat(templates.resolve("documents/sms-scope.text_de.ftl")).hasContent("meine Änderungen");
        assertThat(templates.resolve("documents/glossary.md.ftl")).content().startsWith("<#--\npackVersion: 1.0.0\nid: glossary");
        assertThat(templates.resolve("documents/glossary.text_de.ftl")).content().contains("Servicemanagementsystem");
        assertThat(templates.resolve("documents/glossary.text.ftl")).doesNotExist();

        TemplateExport.Result all = TemplateExport.export(getClass().getClassLoader(), templates, List.of("glossary", "sla"), "de", true);
        assertThat(all.written()).containsExactly("documents/glossary.text.ftl", "documents/sla.md.ftl", "documents/sla.text.ftl",
                "documents/sla.text_de.ftl");
        assertThat(all.kept()).containsExactly("documents/glossary.md.ftl", "documents/glossary.text_de.ftl");

        TemplateExport.Result everyGermanDocument = TemplateExport.export(getClass().getClassLoader(), dir.resolve("all-de"), List.of(),
                "de", false);
        assertThat(everyGermanDocument.written()).hasSizeGreaterThan(40).allMatch(name -> name.startsWith("documents/")
                && (name.endsWith(".md.ftl") || name.endsWith(".text_de.ftl")));
        // Every catalogue comes with its structure, in the set's language only.
        assertThat(everyGermanDocument.written()).contains("documents/form-kpi-sheet.md.ftl", "documents/form-kpi-sheet.text_de.ftl")
                .doesNotContain("documents/form-kpi-sheet.text.ftl");
        assertThat(everyGermanDocument.written()).filteredOn(name -> name.endsWith(".text_de.ftl"))
                .allMatch(catalogue -> everyGermanDocument.written().contains(catalogue.replace(".text_de.ftl", ".md.ftl")));
    }

    @Test
    void exportCopiesATemplatesTextCatalogueWithItOrTheCatalogueAlone() throws IOException {
        Path templates = dir.resolve("src/sms/templates");
        TemplateExport.Result english = TemplateExport.export(getClass().getClassLoader(), templates, List.of("form-kpi-sheet"), "en", false);
        assertThat(english.written()).containsExactly("documents/form-kpi-sheet.md.ftl", "documents/form-kpi-sheet.text.ftl");
        assertThat(templates.resolve("documents/form-kpi-sheet.text.ftl")).content().contains("@@use\nThe owner of each measure");

        TemplateExport.Result germanWords = TemplateExport.export(getClass().getClassLoader(), dir.resolve("words"),
                List.of("documents/form-kpi-sheet.text"), "de", false);
        assertThat(germanWords.written()).containsExactly("documents/form-kpi-sheet.text_de.ftl");

        TemplateExport.Result all = TemplateExport.export(getClass().getClassLoader(), dir.resolve("all"), List.of("form-kpi-sheet"), "de", true);
        assertThat(all.written()).containsExactly("documents/form-kpi-sheet.md.ftl", "documents/form-kpi-sheet.text.ftl",
                "documents/form-kpi-sheet.text_de.ftl");
    }

    /** A template a pack supplies is exported as the pack has it: the set renders that one, not the built-in one. */
    @Test
    void exportCopiesThePacksTemplateWhereAPackHasOne() throws IOException {
        Path jar = dir.resolve("pack-jar");
        Path pack = Files.createDirectories(jar.resolve("META-INF/smsdocs/packs/acme/documents"));
        Files.writeString(jar.resolve("META-INF/smsdocs/packs.index"), "acme\n");
        Files.writeString(pack.getParent().resolve("pack.yaml"), "name: acme\nversion: 2.3.0\ndocuments:\n  - documents/glossary.md.ftl\n"
                + "  - documents/acme-checklist.md.ftl\n");
        Files.writeString(pack.resolve("glossary.md.ftl"), "<#--\nid: glossary\ntitle: Glossary\nkind: glossary\ncode: GLO-01\norder: 910\n"
                + "clauses: [\"7.5.1\"]\n-->\nAcme's glossary.\n");
        Files.writeString(pack.resolve("acme-checklist.md.ftl"), "<#--\nid: acme-checklist\ntitle: Acme Checklist\nkind: form\ncode: FRM-90\n"
                + "order: 990\nclauses: [\"8.1\"]\n-->\nTick.\n");
        try (java.net.URLClassLoader withPack = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            Path templates = dir.resolve("src/sms/templates");
            TemplateExport.Result result = TemplateExport.export(withPack, templates, List.of("glossary", "acme-checklist", "sla"));
            assertThat(result.written()).contains("documents/glossary.md.ftl", "documents/acme-checklist.md.ftl", "documents/sla.md.ftl");
            assertThat(templates.resolve("documents/glossary.md.ftl")).content().contains("Acme's glossary.");
            assertThat(templates.resolve("documents/acme-checklist.md.ftl")).content().contains("Tick.");
            assertThat(templates.resolve("documents/sla.md.ftl")).content().contains("id: sla");
        }
    }
}
