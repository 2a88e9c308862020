package io.smsdocs.core.template;

import io.smsdocs.core.problem.SmsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TemplateRepositoryTest {

    @TempDir
    Path dir;

    private final ClassLoader classLoader = getClass().getClassLoader();

    @Test
    void builtInPackListsEveryDocumentWithMetadata() {
        List<TemplateMetadata> templates = TemplateRepository.create(null, null, false, classLoader).documentTemplates();
        assertThat(templates).hasSizeGreaterThanOrEqualTo(20).allSatisfy(t -> {
            for (String edition : List.of("2018", "2011")) {
                if (t.appliesTo(edition)) {
                    assertThat(t.forEdition(edition).clauses()).as(t.id() + " in " + edition).isNotEmpty();
                }
            }
        });
        assertThat(templates).extracting(TemplateMetadata::id).doesNotHaveDuplicates()
                .contains("service-management-policy", "sms-scope", "sms-plan", "sla", "document-register");
    }

    @Test
    void overrideReplacesOneTemplateAndKeepsTheOthers() throws IOException {
        Files.createDirectories(dir.resolve("documents"));
        Files.writeString(dir.resolve("documents/sms-scope.md.ftl"),
                "<#--\nid: sms-scope\ntitle: Our Scope\nkind: statement\nclauses: [\"4.3\"]\n-->\nours");
        TemplateRepository repository = TemplateRepository.create(dir, "src/sms/templates", true, classLoader);
        List<TemplateMetadata> templates = repository.documentTemplates();

        assertThat(templates).filteredOn(t -> t.id().equals("sms-scope")).singleElement()
                .extracting(TemplateMetadata::title).isEqualTo("Our Scope");
        assertThat(repository.displayName("documents/sms-scope.md.ftl")).isEqualTo("src/sms/templates/documents/sms-scope.md.ftl");
        assertThat(repository.displayName("documents/sms-plan.md.ftl")).isEqualTo("[built-in pack] documents/sms-plan.md.ftl");
    }

    @Test
    void newDocumentInUserFolderJoinsTheSet() throws IOException {
        Files.createDirectories(dir.resolve("documents"));
        Files.writeString(dir.resolve("documents/cloud-addendum.md.ftl"),
                "<#--\nid: cloud-addendum\ntitle: Cloud Addendum\nkind: policy\nclauses: [\"8.2.3\"]\n-->\ntext");
        assertThat(TemplateRepository.create(dir, "t", true, classLoader).documentTemplates())
                .extracting(TemplateMetadata::id).contains("cloud-addendum", "sms-plan");
    }

    @Test
    void configuredTemplateFolderMustExist() {
        SmsException e = catchThrowableOfType(SmsException.class,
                () -> TemplateRepository.create(dir.resolve("nope"), "src/sms/tmpl", true, classLoader));
        assertThat(e.problems()).singleElement().asString()
                .isEqualTo("src/sms/tmpl: the configured template directory does not exist;"
                        + " create it, or remove the sms.templateDirectory setting to use the built-in templates only");
    }

    @Test
    void conventionalTemplateFolderMayBeAbsent() {
        assertThat(TemplateRepository.create(dir.resolve("nope"), "src/sms/templates", false, classLoader).documentTemplates())
                .isNotEmpty();
    }

    @Test
    void badMetadataIsReportedWithTheTemplateName() throws IOException {
        Files.createDirectories(dir.resolve("documents"));
        Files.writeString(dir.resolve("documents/bad.md.ftl"), "<#--\nid: bad\ntitel: Bad\nkind: polcy\n-->\n");
        SmsException e = catchThrowableOfType(SmsException.class,
                () -> TemplateRepository.create(dir, "src/sms/templates", true, classLoader).documentTemplates());
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "src/sms/templates/documents/bad.md.ftl:1:1: unknown metadata key 'titel'; did you mean 'title'?",
                "src/sms/templates/documents/bad.md.ftl:1:1: metadata 'title' is missing;"
                        + " add a line such as title: Incident Management Procedure",
                "src/sms/templates/documents/bad.md.ftl:1:1: metadata 'kind' is 'polcy'; did you mean 'policy'?");
    }

    @Test
    void aTemplateNamesTheProcessItBelongsToByAnIdOfTheCatalogue() throws IOException {
        Files.createDirectories(dir.resolve("documents"));
        Files.writeString(dir.resolve("documents/cab-charter.md.ftl"),
                "<#--\nid: cab-charter\ntitle: CAB Charter\nkind: policy\nprocess: change-management\n-->\n");
        assertThat(TemplateRepository.create(dir, "src/sms/templates", true, classLoader).documentTemplates().stream()
                .filter(t -> t.id().equals("cab-charter")).findFirst().orElseThrow().process()).isEqualTo("change-management");

        Files.writeString(dir.resolve("documents/cab-charter.md.ftl"),
                "<#--\nid: cab-charter\ntitle: CAB Charter\nkind: policy\nprocess: change-managment\n-->\n");
        SmsException e = catchThrowableOfType(SmsException.class,
                () -> TemplateRepository.create(dir, "src/sms/templates", true, classLoader).documentTemplates());
        assertThat(e.problems()).extracting(Object::toString).containsExactly("src/sms/templates/documents/cab-charter.md.ftl:1:1:"
                + " metadata 'process' names the unknown process 'change-managment'; did you mean 'change-management'?");
    }
}
