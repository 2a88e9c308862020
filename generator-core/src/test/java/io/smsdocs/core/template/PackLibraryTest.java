package io.smsdocs.core.template;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import io.smsdocs.core.problem.SmsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A pack ships a macro library of its own, as docs/templates.md ("A pack's own macro library") describes: a file
 * of the pack imported by absolute name through the lookup chain, its language variant first, that reads the data
 * model and calls the built-in library as {@code sms} like any template.
 */
class PackLibraryTest {

    @TempDir
    Path dir;

    private static final String DOCUMENT = """
            <#--
            id: acme-contacts
            title: Acme Contacts
            kind: register
            code: REG-90
            order: 990
            clauses: ["7.4"]
            -->
            <#import "/lib/acme.ftl" as acme>
            <@sms.section title="Contacts"/>

            <@acme.contact top/>
            """;

    private ClassLoader pack(String library, String germanLibrary) throws IOException {
        Path root = dir.resolve("pack");
        Path pack = root.resolve("META-INF/smsdocs/packs/acme");
        Files.createDirectories(pack.resolve("documents"));
        Files.createDirectories(pack.resolve("lib"));
        Files.writeString(root.resolve("META-INF/smsdocs/packs.index"), "acme\n");
        Files.writeString(pack.resolve("pack.yaml"), "name: acme\nversion: 1.0.0\ndocuments:\n  - documents/acme-contacts.md.ftl\n");
        Files.writeString(pack.resolve("documents/acme-contacts.md.ftl"), DOCUMENT);
        Files.writeString(pack.resolve("lib/acme.ftl"), library);
        if (germanLibrary != null) {
            Files.writeString(pack.resolve("lib/acme_de.ftl"), germanLibrary);
        }
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, getClass().getClassLoader());
    }

    private String contacts(ClassLoader withPack, String language) throws IOException {
        Path descriptor = dir.resolve("sms-" + language + ".yaml");
        Files.writeString(descriptor, """
                organization: {name: Example Ltd}
                sms: {scope: The SMS covers the services of Example Ltd., language: %s, topManagement: ceo}
                roles:
                  - {id: ceo, title: Chief Executive, person: Ann Boss}
                """.formatted(language));
        Path out = dir.resolve("out-" + language);
        new SmsGenerator().generate(GenerationRequest.builder(descriptor, out).descriptorDisplay("sms.yaml").outputDisplay("out")
                .formats(List.of("markdown")).classLoader(withPack).build());
        return Files.readString(out.resolve("markdown/acme-contacts.md"));
    }

    @Test
    void aPackLibraryUsesTheBuiltInLibraryAndReadsTheModel() throws IOException {
        // The auto-import of lib/sms.ftl is a global variable, so "sms" is the macro library in the pack's library too.
        ClassLoader withPack = pack("""
                <#macro contact r>${t.owner}: <@sms.roleWithPerson r/>, ${sms.possessive(org.name)} ${r.title?lower_case}</#macro>
                """, null);

        assertThat(contacts(withPack, "en")).contains("Owner: Chief Executive (Ann Boss), Example Ltd's chief executive");
    }

    @Test
    void aGermanSetTakesTheLibrarysGermanVariant() throws IOException {
        ClassLoader withPack = pack("<#macro contact r>English: ${r.title}</#macro>\n",
                "<#import \"/lib/sms.ftl\" as sms>\n<#macro contact r>Ansprechpartner: <@sms.roleWithPerson r/></#macro>\n");

        assertThat(contacts(withPack, "en")).contains("English: Chief Executive");
        assertThat(contacts(withPack, "de")).contains("Ansprechpartner: Chief Executive (Ann Boss)");
    }

    @Test
    void aMistakeInThePackLibraryIsReportedAtItsOwnLine() throws IOException {
        ClassLoader withPack = pack("<#-- Acme's macros -->\n<#macro contact r>${r.nickname}</#macro>\n", null);

        assertThatThrownBy(() -> contacts(withPack, "en")).isInstanceOf(SmsException.class)
                .hasMessageContaining("[pack acme] lib/acme.ftl:2:");
    }
}
