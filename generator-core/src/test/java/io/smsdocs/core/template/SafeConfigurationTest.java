package io.smsdocs.core.template;

import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.descriptor.DescriptorLoader;
import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.plan.DocumentPlan;
import io.smsdocs.core.plan.DocumentPlanner;
import io.smsdocs.core.render.DocumentRenderer;
import io.smsdocs.core.model.TemplateModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Hostile third-party templates: each attack must end in a located template error, never in its effect. */
class SafeConfigurationTest {

    private static final String HEADER = "<#--\nid: attack\ntitle: Attack\nkind: procedure\nclauses: [\"4.1\"]\n-->\n";

    @TempDir
    Path templates;

    private String renderFailure(String body) throws IOException {
        Files.createDirectories(templates.resolve("documents"));
        Files.writeString(templates.resolve("documents/attack.md.ftl"), HEADER + body);
        LoadedDescriptor loaded = new DescriptorLoader().load(
                "organization: {name: A}\nsms: {scope: x}\n".getBytes(StandardCharsets.UTF_8), "sms.yaml");
        TemplateRepository repository = TemplateRepository.create(templates, "src/sms/templates", true, getClass().getClassLoader());
        List<TemplateMetadata> only = repository.documentTemplates().stream().filter(t -> t.id().equals("attack")).toList();
        DocumentPlan plan = new DocumentPlanner().plan(loaded, only, repository::displayName);
        DocumentRenderer renderer = new DocumentRenderer(SafeConfiguration.create(repository.loader()), repository::displayName);
        SmsException e = catchThrowableOfType(SmsException.class,
                () -> renderer.renderAll(plan, new TemplateModelFactory(loaded.descriptor(), plan)));
        assertThat(e).as("the attack must fail").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0).format();
    }

    @Test
    void newBuiltInCannotInstantiateClasses() throws IOException {
        assertThat(renderFailure("<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"))
                .startsWith("src/sms/templates/documents/attack.md.ftl:7:").contains("template error");
    }

    @Test
    void apiBuiltInIsDisabled() throws IOException {
        assertThat(renderFailure("${org?api.getClass().getName()}")).startsWith("src/sms/templates/documents/attack.md.ftl:7:")
                .contains("api");
    }

    @Test
    void includeCannotLeaveTheTemplateRoots() throws IOException {
        assertThat(renderFailure("<#include \"../../../etc/passwd\">")).contains("attack.md.ftl:7:");
        assertThat(renderFailure("<#include \"/etc/passwd\">")).contains("attack.md.ftl:7:");
        assertThat(renderFailure("<#include \"file:///etc/passwd\">")).contains("attack.md.ftl:7:");
    }

    @Test
    void endlessTemplateIsStoppedBySizeLimit() throws IOException {
        assertThat(renderFailure("<#list 1.. as i>${i} </#list>"))
                .contains("attack.md.ftl").contains("more than").contains("loop that never ends");
    }

    @Test
    void undefinedVariableNeverRendersAsBlank() throws IOException {
        assertThat(renderFailure("Owner: ${org.ownr}"))
                .isEqualTo("src/sms/templates/documents/attack.md.ftl:7:10: undefined variable, field or macro 'org.ownr';"
                        + " check the name against docs/templates.md; an optional value is written org.ownr!\"default\"");
    }

    @Test
    void syntaxErrorIsLocated() throws IOException {
        assertThat(renderFailure("<#if true>unclosed")).startsWith("src/sms/templates/documents/attack.md.ftl:7:")
                .contains("template syntax error");
    }

    @Test
    void missingMacroIsLocated() throws IOException {
        assertThat(renderFailure("<@sms.noSuchMacro/>")).startsWith("src/sms/templates/documents/attack.md.ftl:7:")
                .contains("sms.noSuchMacro");
    }
}
