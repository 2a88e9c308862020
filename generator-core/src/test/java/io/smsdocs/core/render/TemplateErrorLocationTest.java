package io.smsdocs.core.render;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A template error is reported where the user can fix it: at the outermost line of a template in the docs
 * repo's own folder on FreeMarker's call stack, followed by the macro line that failed.
 */
class TemplateErrorLocationTest {

    private static final String HEADER = "<#--\nid: sms-scope\ntitle: Scope\nkind: statement\nclauses: [\"4.3\", \"4.4\"]\n-->\n";

    @TempDir
    Path project;

    private List<String> problems(String template) throws IOException {
        Path sms = project.resolve("src/sms");
        Files.createDirectories(sms.resolve("templates/documents"));
        Files.writeString(sms.resolve("sms.yaml"), "organization: {name: Example Ltd}\nsms: {scope: The SMS covers IT.}\n");
        Files.writeString(sms.resolve("templates/documents/sms-scope.md.ftl"), HEADER + template);
        SmsException e = catchThrowableOfType(SmsException.class, () -> new SmsGenerator().generate(
                GenerationRequest.builder(sms.resolve("sms.yaml"), project.resolve("target/sms")).descriptorDisplay("src/sms/sms.yaml")
                        .templateDirectory(sms.resolve("templates"), false).templateDisplay("src/sms/templates")
                        .formats(List.of("markdown")).build()));
        assertThat(e).isNotNull();
        return e.problems().stream().map(Problem::format).toList();
    }

    @Test
    void anErrorInsideABuiltInMacroPointsAtTheOverridesCallThenAtTheMacroLine() throws IOException {
        assertThat(problems("Scope.\n\nOwner: <@sms.roleWithPerson org/>\n")).singleElement().asString()
                .matches("src/sms/templates/documents/sms-scope\\.md\\.ftl:9:8: undefined variable, field or macro 'r\\.title'"
                        + " \\(in macro roleWithPerson at \\[built-in pack] lib/sms\\.ftl:\\d+:\\d+\\);"
                        + " check the values this line passes to roleWithPerson");
    }

    @Test
    void throughAMacroOfTheOverrideItselfTheOutermostLineOfTheOverrideComesFirst() throws IOException {
        String template = """
                <#macro owner who>
                Owned by <@sms.roleWithPerson who/>.
                </#macro>
                Scope.

                <@owner org/>
                """;
        assertThat(problems(template)).singleElement().asString()
                .startsWith("src/sms/templates/documents/sms-scope.md.ftl:12:1: undefined variable, field or macro 'r.title'"
                        + " (in macro roleWithPerson at [built-in pack] lib/sms.ftl:")
                .endsWith("; check the values this line passes to owner");
    }

    @Test
    void anErrorOnTheOverridesOwnLineStaysThere() throws IOException {
        assertThat(problems("Scope of ${org.nam}.\n")).containsExactly(
                "src/sms/templates/documents/sms-scope.md.ftl:7:12: undefined variable, field or macro 'org.nam'; did you mean 'org.name'?");
    }
}
