package io.smsdocs.core.template;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import io.smsdocs.core.descriptor.DescriptorLoader;
import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.model.TemplateModelFactory;
import io.smsdocs.core.plan.DocumentPlan;
import io.smsdocs.core.plan.DocumentPlanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class TextCatalogueTest {

    private static final String CATALOGUE = """
            <#-- words of a test document -->
            @@title
            Purpose and scope
            @@purpose
            This paragraph names ${org.name}
            and runs over two lines.

            @@row name note=""
            | ${name} | ${note} |
            """;

    @Test
    void aCatalogueIsReadAsATemplateWhoseLinesKeepTheirNumbers() {
        String template = TextCatalogue.toTemplate(CATALOGUE);
        List<String> source = CATALOGUE.lines().toList();
        List<String> read = template.lines().toList();
        assertThat(read).hasSameSizeAs(source);
        // Text lines stay where they were and as they were, from their first column.
        assertThat(read.get(4)).startsWith("This paragraph names ${org.name}");
        assertThat(read.get(5)).startsWith("and runs over two lines.");
        assertThat(read.get(3)).startsWith("<#function purpose><#local smsText>");
        assertThat(read.get(7)).startsWith("<#function row name note=\"\"><#local smsText>");
        assertThat(TextCatalogue.isCatalogue("documents/sla.text.ftl")).isTrue();
        assertThat(TextCatalogue.isCatalogue("documents/sla.text_de.ftl")).isTrue();
        assertThat(TextCatalogue.isCatalogue("documents/sla.md.ftl")).isFalse();
    }

    @Test
    void aProjectDocumentPrintsItsEntriesInTheSetsLanguageTrimmedAndWithParameters(@TempDir Path dir) throws IOException {
        Path templates = dir.resolve("templates/documents");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("house-rules.md.ftl"), """
                <#--
                id: house-rules
                title: House Rules
                kind: policy
                clauses: ["5.2"]
                -->
                <#import "/documents/house-rules.text.ftl" as text>
                <@sms.section title=text.title() key="purpose"/>

                ${text.purpose()}

                <#list ["A", "B"] as letter>
                ${text.row(letter, "n" + letter)}
                </#list>
                """);
        Files.writeString(templates.resolve("house-rules.text.ftl"), CATALOGUE);
        Files.writeString(templates.resolve("house-rules.text_de.ftl"), CATALOGUE.replace("Purpose and scope", "Zweck")
                .replace("This paragraph names", "Dieser Absatz nennt").replace("and runs over two lines.", "über zwei Zeilen."));
        for (String language : List.of("en", "de")) {
            Path descriptor = dir.resolve("sms-" + language + ".yaml");
            Files.writeString(descriptor, """
                    organization: {name: Example Ltd}
                    sms:
                      language: %s
                      scope: The SMS covers the services of Example Ltd.
                    """.formatted(language));
            Path out = dir.resolve("out-" + language);
            new SmsGenerator().generate(GenerationRequest.of(descriptor, dir.resolve("templates"), out, List.of("markdown")));
            String rendered = Files.readString(out.resolve("markdown/house-rules.md"));
            if (language.equals("en")) {
                assertThat(rendered).contains("## Purpose and scope\n", "\nThis paragraph names Example Ltd\nand runs over two lines.\n\n| A | nA |\n| B | nB |\n");
            } else {
                assertThat(rendered).contains("## Zweck\n", "\nDieser Absatz nennt Example Ltd\nüber zwei Zeilen.\n\n| A | nA |\n| B | nB |\n");
            }
        }
    }

    /**
     * Inside its catalogue an entry's name hides a data-model variable of the same name (an entry called
     * "requests" made ${requests.type} fail): no built-in entry may be named like one, nor reuse a name.
     */
    @Test
    void noBuiltInEntryHidesADataModelNameAndNoneIsDefinedTwice() throws IOException {
        TemplateRepository templates = TemplateRepository.create(null, null, false, getClass().getClassLoader());
        LoadedDescriptor loaded = new DescriptorLoader().load(Path.of("src/test/resources/descriptors/hospital.yaml"), "hospital.yaml");
        DocumentPlan plan = new DocumentPlanner().plan(loaded, templates.documentTemplates(), templates::displayName);
        Set<String> modelNames = new TreeSet<>(new TemplateModelFactory(loaded.descriptor(), plan).modelFor(plan.documents().get(0)).keySet());
        modelNames.addAll(List.of("sms", "t", "text"));
        List<String> catalogues = templates.builtInFiles().stream().filter(TextCatalogue::isCatalogue).toList();
        assertThat(catalogues).hasSizeGreaterThan(60);
        List<String> problems = new ArrayList<>();
        for (String catalogue : catalogues) {
            Set<String> seen = new TreeSet<>();
            try (InputStream in = templates.loader().builtIn().open(catalogue)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                    if (line.startsWith("@@")) {
                        String name = line.substring(2).split("\\s+")[0];
                        if (modelNames.contains(name)) {
                            problems.add(catalogue + ": entry '" + name + "' hides the data-model name");
                        }
                        if (!seen.add(name)) {
                            problems.add(catalogue + ": entry '" + name + "' is defined twice");
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
