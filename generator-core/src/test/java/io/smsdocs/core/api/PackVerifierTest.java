package io.smsdocs.core.api;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Issue 19, "why" item 5: a pack is tested on its own, in every language and edition it supports. */
class PackVerifierTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final String HEADER = "<#--\nid: acme-review\ntitle: Acme Review\nkind: procedure\n%sclauses: [\"9.3\"]\n-->\n";

    @TempDir
    Path dir;

    private ClassLoader pack(String packYaml, String... files) throws IOException {
        Path root = dir.resolve("pack-classes");
        Path pack = Files.createDirectories(root.resolve("META-INF/smsdocs/packs/acme"));
        Files.writeString(root.resolve("META-INF/smsdocs/packs.index"), "acme\n");
        Files.writeString(pack.resolve("pack.yaml"), packYaml);
        for (int i = 0; i < files.length; i += 2) {
            Path file = pack.resolve(files[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, files[i + 1]);
        }
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void aBadVariableInTheGermanTemplateFailsThePackAtItsLineInTheGermanRunsOnly() throws IOException {
        ClassLoader classLoader = pack("name: acme\nversion: 1.0.0\neditions: [\"2018\"]\ndocuments:\n  - documents/acme-review.md.ftl\n",
                "documents/acme-review.md.ftl", HEADER.formatted("code: ACME-01\n") + "# ${doc.title}\n\nReviewed by ${sms.manager.title}.\n",
                "documents/acme-review.md_de.ftl", "# ${doc.title}\n\nGeprüft von ${sms.manger.title}.\n");

        PackVerifier.Report report = new PackVerifier().verify(classLoader, List.of("acme"), dir.resolve("verify"), TODAY);

        assertThat(report.passed()).isFalse();
        assertThat(report.runs()).hasSize(6).extracting(PackVerifier.Run::describe)
                .contains("minimal descriptor, en, 2018", "full descriptor, de, 2018");
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.source()).isEqualTo("[pack acme] documents/acme-review.md_de.ftl");
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.message()).contains("manger").endsWith("(rendering the minimal descriptor, de, 2018;"
                    + " partial descriptor, de, 2018; full descriptor, de, 2018)");
        });
        assertThat(report.samples()).isEmpty();
    }

    @Test
    void anAddedDocumentNeedsACodeAndClausesForTheRegisterAndTheMatrix() throws IOException {
        ClassLoader classLoader = pack("name: acme\nversion: 1.0.0\nlanguages: [en]\neditions: [\"2018\"]\ndocuments:\n"
                        + "  - documents/acme-review.md.ftl\n",
                "documents/acme-review.md.ftl", "<#--\nid: acme-review\ntitle: Acme Review\nkind: procedure\n-->\n# ${doc.title}\n");

        PackVerifier.Report report = new PackVerifier().verify(classLoader, List.of("acme"), dir.resolve("verify"), TODAY);

        assertThat(report.runs()).hasSize(3);
        assertThat(report.errors()).extracting(Problem::format).containsExactly(
                "[pack acme] documents/acme-review.md.ftl:2:1: the document 'acme-review' that the pack adds has no code, so the"
                        + " document register cannot number it; add a line such as code: HCS-01 to its metadata header",
                "[pack acme] documents/acme-review.md.ftl:2:1: the document 'acme-review' that the pack adds names no clauses, so the"
                        + " traceability matrix cannot show what it addresses; add a line such as clauses: [\"8.5.1\"] to its metadata"
                        + " header (a form, kind: form, addresses none)");
    }

    @Test
    void aSoundPackPassesAndLeavesASampleSetPerLanguage() throws IOException {
        ClassLoader classLoader = pack("name: acme\nversion: 1.0.0\neditions: [\"2011\"]\ndocuments:\n  - documents/acme-review.md.ftl\n",
                "documents/acme-review.md.ftl", HEADER.formatted("code: ACME-01\n") + "# ${doc.title}\n\nReviewed by ${sms.manager.title}.\n",
                "documents/acme-review.md_de.ftl", "# ${doc.title}\n\nGeprüft von ${sms.manager.title}.\n");

        PackVerifier.Report report = new PackVerifier().verify(classLoader, List.of("acme"), dir.resolve("verify"), TODAY);

        assertThat(report.errors()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.runs()).extracting(PackVerifier.Run::language).containsOnly("en", "de");
        assertThat(report.samples()).containsExactly(dir.resolve("verify/full-en-2011/sms"), dir.resolve("verify/full-de-2011/sms"));
        assertThat(dir.resolve("verify/full-de-2011/sms/markdown/acme-review.md")).content().contains("Geprüft von");
        assertThat(dir.resolve("verify/full-de-2011/sms/docx/acme-review.docx")).exists();
    }

    @Test
    void aProjectWithoutAPackIsTold() {
        SmsException e = catchThrowableOfType(SmsException.class,
                () -> new PackVerifier().verify(getClass().getClassLoader(), List.of(), dir, TODAY));
        assertThat(e.problems()).singleElement().asString().startsWith("META-INF/smsdocs/packs.index: this project builds no template pack");
    }

    @Test
    void everyBuiltInDescriptorTakesTheRunsLanguageAndEdition() {
        for (String descriptor : PackVerifier.DESCRIPTORS) {
            String text = PackVerifier.descriptor(new PackVerifier.Run(descriptor, "de", "2011"));
            assertThat(text).as(descriptor).contains("sms:\n  language: de\n  edition: \"2011\"\n");
            assertThat(text.split("\n  language: ", -1)).as(descriptor).hasSize(2);
            assertThat(text.split("\n  edition: ", -1)).as(descriptor).hasSize(2);
        }
    }

    @Test
    void theFullDescriptorsAreTheSamplesOfTheirEdition() throws IOException {
        // Copies, so the plugin jar carries them; kept equal to the samples (minus the language and edition the verifier sets).
        for (String[] pair : List.of(new String[] {"2018", "northwind"}, new String[] {"2011", "stmarys-it"})) {
            String sample = Files.readString(Path.of("../samples/" + pair[1] + "/src/sms/sms.yaml")).replaceAll("(?m)^  (edition|language): .*\n", "");
            String copy;
            try (var in = PackVerifier.class.getResourceAsStream("/io/smsdocs/core/api/verify/full-" + pair[0] + ".yaml")) {
                copy = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            assertThat(copy.lines().skip(2).toList()).as("verify/full-" + pair[0] + ".yaml follows samples/" + pair[1])
                    .isEqualTo(sample.lines().toList());
        }
    }
}
