package io.smsdocs.core.api;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SourceLocation;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.testing.FileTrees;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SmsGeneratorTest {

    @TempDir
    Path dir;

    private Path descriptor(String yaml) throws IOException {
        Files.createDirectories(dir.resolve("src/sms"));
        Path file = dir.resolve("src/sms/sms.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static final String VALID = """
            organization: {name: Example Services Ltd}
            sms:
              scope: The SMS covers the hosting services of Example Services Ltd.
              effectiveDate: 2026-03-01
            roles: [{id: desk-lead, title: Service Desk Lead}]
            services: [{id: hosting, name: Hosting, owner: desk-lead}]
            documents:
              exclude: [knowledge-management]
              overrides: {sms-plan: {version: "1.3", approver: desk-lead, status: Approved}}
            """;

    @Test
    void generatesManifestWithClausesAndFiles() throws IOException {
        Path out = dir.resolve("out");
        GenerationResult result = new SmsGenerator().generate(GenerationRequest.of(descriptor(VALID), null, out, List.of("markdown")));

        assertThat(result.documents()).extracting(GenerationResult.GeneratedDocument::id)
                .contains("sms-plan", "sla-hosting").doesNotContain("knowledge-management");
        assertThat(result.documents()).allSatisfy(d -> {
            assertThat(d.clauses()).as(d.id()).isNotEmpty();
            assertThat(d.files().get(0)).isEqualTo("markdown/" + d.id() + ".md");
            // Besides its Markdown, a document lists only the charts it links.
            assertThat(d.files().subList(1, d.files().size())).allSatisfy(f -> assertThat(f).startsWith("markdown/images/"));
        });
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertThat(manifest).startsWith("{\n  \"edition\": \"2018\",\n  \"templates\": [\n    \"built-in pack 1.0.0\"\n  ],\n  \"documents\": [")
                .contains("\"id\": \"sms-plan\"").contains("\"version\": \"1.3\"").contains("\"markdown/sla-hosting.md\"");
        String plan = Files.readString(out.resolve("markdown/sms-plan.md"));
        assertThat(plan).startsWith("# Service Management Plan\n").contains("| Version | 1.3 |")
                .contains("| Approver | Service Desk Lead |").contains("| Effective date | 2026-03-01 |")
                .contains("| Next review | 2027-03-01 |");
    }

    @Test
    void brokenDescriptorLeavesEarlierOutputUntouched() throws IOException {
        Path out = dir.resolve("out");
        Path file = descriptor(VALID);
        new SmsGenerator().generate(GenerationRequest.of(file, null, out, List.of("markdown")));
        Map<String, byte[]> before = FileTrees.snapshot(out);

        Files.writeString(file, VALID.replace("owner: desk-lead", "ownr: desk-lead"));
        SmsException e = catchThrowableOfType(SmsException.class,
                () -> new SmsGenerator().generate(GenerationRequest.of(file, null, out, List.of("markdown"))));

        assertThat(e.problems()).singleElement().asString().endsWith(":6:41: unknown key 'ownr' in the first service, 'hosting'; did you mean 'owner'?");
        assertThat(FileTrees.snapshot(out)).containsOnlyKeys(before.keySet())
                .allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(before.get(path)));
    }

    @Test
    void unknownFormatAndUnknownExcludedDocumentAreReported() throws IOException {
        SmsException format = catchThrowableOfType(SmsException.class, () -> new SmsGenerator()
                .generate(GenerationRequest.of(descriptor(VALID), null, dir.resolve("o"), List.of("markdwon"))));
        assertThat(format.problems()).singleElement().asString()
                .as("the core names build settings neutrally; the plugin words them as sms.* properties")
                .isEqualTo("sms.formats: unknown output format 'markdwon'; did you mean 'markdown'?");

        SmsException exclude = catchThrowableOfType(SmsException.class, () -> new SmsGenerator().generate(GenerationRequest.of(
                descriptor(VALID.replace("[knowledge-management]", "[knowledge-managment]")), null, dir.resolve("o"), List.of("markdown"))));
        assertThat(exclude.problems()).singleElement().asString()
                .endsWith(":8:13: documents.exclude names the unknown document 'knowledge-managment'; did you mean 'knowledge-management'?");
    }

    @Test
    void sameInputGivesByteIdenticalOutput() throws IOException {
        Path file = descriptor(VALID);
        new SmsGenerator().generate(GenerationRequest.of(file, null, dir.resolve("a"), List.of("markdown", "docx")));
        new SmsGenerator().generate(GenerationRequest.of(file, null, dir.resolve("b"), List.of("markdown", "docx")));
        Map<String, byte[]> a = FileTrees.snapshot(dir.resolve("a"));
        Map<String, byte[]> b = FileTrees.snapshot(dir.resolve("b"));
        assertThat(a.keySet()).isEqualTo(b.keySet()).anyMatch(path -> path.endsWith(".docx"));
        a.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(b.get(path)));
    }

    @Test
    void handEditedFileIsNeverOverwrittenWithoutForce() throws IOException {
        Path out = dir.resolve("out");
        Path file = descriptor(VALID);
        new SmsGenerator().generate(GenerationRequest.of(file, null, out, List.of("markdown")));
        Path plan = out.resolve("markdown/sms-plan.md");
        Files.writeString(plan, Files.readString(plan) + "\nA hand-written note.\n");
        Files.writeString(file, VALID.replace("Hosting", "Managed Hosting"));

        SmsException e = catchThrowableOfType(SmsException.class,
                () -> new SmsGenerator().generate(GenerationRequest.of(file, null, out, List.of("markdown"))));
        assertThat(e.problems()).singleElement().asString().isEqualTo(out + "/markdown/sms-plan.md: changed by hand since it was"
                + " generated, and would be overwritten; move the change into the descriptor or a template override,"
                + " or run again with sms.force=true");
        assertThat(plan).content().contains("A hand-written note.");

        new SmsGenerator().generate(GenerationRequest.of(file, null, out, List.of("markdown")).withForce(true));
        assertThat(plan).content().doesNotContain("A hand-written note.");
    }

    @Test
    void unchangedProjectIsNotRenderedAgainAndUnchangedFilesAreNotRewritten() throws IOException, InterruptedException {
        Path out = dir.resolve("out");
        Path file = descriptor(VALID);
        GenerationResult first = new SmsGenerator().generate(GenerationRequest.of(file, null, out, List.of("markdown")));
        assertThat(first.upToDate()).isFalse();
        Map<String, byte[]> before = FileTrees.snapshot(out);
        Map<String, Object> inodes = inodes(out);

        GenerationResult second = new SmsGenerator().generate(GenerationRequest.of(file, null, out, List.of("markdown")));
        assertThat(second.upToDate()).isTrue();

        Files.writeString(file, VALID.replace("name: Hosting", "name: Managed Hosting"));
        GenerationResult third = new SmsGenerator().generate(GenerationRequest.of(file, null, out, List.of("markdown")));
        assertThat(third.upToDate()).isFalse();
        assertThat(out.resolve("markdown/sla-hosting.md")).content().contains("Managed Hosting");
        // Files whose content did not change are the same files (same inode); changed ones are new.
        Map<String, byte[]> after = FileTrees.snapshot(out);
        Map<String, Object> newInodes = inodes(out);
        List<String> unchanged = before.keySet().stream().filter(p -> java.util.Arrays.equals(before.get(p), after.get(p))).toList();
        List<String> changed = before.keySet().stream().filter(p -> !java.util.Arrays.equals(before.get(p), after.get(p))).toList();
        assertThat(unchanged).isNotEmpty().allSatisfy(p -> assertThat(newInodes.get(p)).as(p).isEqualTo(inodes.get(p)));
        assertThat(changed).contains("markdown/sla-hosting.md")
                .allSatisfy(p -> assertThat(newInodes.get(p)).as(p).isNotEqualTo(inodes.get(p)));
    }

    @Test
    void anUpToDateBuildEnforcesEverySettingAFullBuildDoes() throws IOException {
        Path out = dir.resolve("out");
        Path file = descriptor(VALID);
        GenerationResult first = new SmsGenerator().generate(GenerationRequest.of(file, null, out, List.of("markdown")));
        assertThat(first.warnings()).as("the sample has findings (no SLA target, excluded coverage...)").isNotEmpty();
        byte[] manifest = Files.readAllBytes(out.resolve("manifest.json"));

        // Nothing changed since: the findings are still reported, and failOnWarning still fails the build.
        GenerationResult again = new SmsGenerator().generate(GenerationRequest.of(file, null, out, List.of("markdown")));
        assertThat(again.upToDate()).isTrue();
        assertThat(again.warnings()).isEqualTo(first.warnings());
        SmsException strict = catchThrowableOfType(SmsException.class, () -> new SmsGenerator().generate(
                GenerationRequest.of(file, null, out, List.of("markdown")).withFailOnWarning(true)));
        assertThat(strict.problems()).hasSameSizeAs(first.warnings().stream().filter(w -> !w.message().startsWith("open decision")).toList())
                .allMatch(Problem::isError);
        // So does failOnOpenDecisions on an unchanged build.
        SmsException undecided = catchThrowableOfType(SmsException.class, () -> new SmsGenerator().generate(
                GenerationRequest.of(file, null, out, List.of("markdown")).toBuilder().failOnOpenDecisions(true).build()));
        assertThat(undecided.problems()).isNotEmpty().allMatch(p -> p.message().startsWith("open decision D-"));

        // A reference document that does not exist is refused whether or not the set is up to date.
        SmsException missing = catchThrowableOfType(SmsException.class, () -> new SmsGenerator().generate(
                GenerationRequest.of(file, null, out, List.of("markdown")).toBuilder()
                        .referenceDocx(dir.resolve("nonexistent.docx")).build()));
        assertThat(missing.problems()).singleElement().asString().contains("the reference DOCX does not exist");
        assertThat(out.resolve("manifest.json")).hasBinaryContent(manifest);
    }

    @Test
    void switchingToAnotherDescriptorInTheSameFolderIsNotUpToDate() throws IOException {
        Path out = dir.resolve("out");
        Path file = descriptor(VALID);
        Path other = file.resolveSibling("other.yaml");
        Files.writeString(other, VALID.replace("owner: desk-lead", "ownr: desk-lead"));
        new SmsGenerator().generate(GenerationRequest.of(file, null, out, List.of("markdown")));

        SmsException e = catchThrowableOfType(SmsException.class,
                () -> new SmsGenerator().generate(GenerationRequest.of(other, null, out, List.of("markdown"))));
        assertThat(e.problems()).singleElement().asString().contains("other.yaml:6:41: unknown key 'ownr'");
    }

    private static Map<String, Object> inodes(Path root) throws IOException {
        Map<String, Object> inodes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                inodes.put(root.relativize(f).toString(), Files.getAttribute(f, "unix:ino"));
            }
        }
        return inodes;
    }

    @Test
    void exporterFailingHalfwayLeavesEarlierOutputIntactAndNoStagingDebris() throws IOException {
        Path out = dir.resolve("target/sms");
        Path file = descriptor(VALID);
        new SmsGenerator().generate(GenerationRequest.of(file, null, out, List.of("markdown")));
        Map<String, byte[]> before = FileTrees.snapshot(dir.resolve("target"));

        java.util.concurrent.atomic.AtomicInteger exported = new java.util.concurrent.atomic.AtomicInteger();
        io.smsdocs.core.export.Exporter failing = new io.smsdocs.core.export.Exporter() {
            @Override
            public String format() {
                return "failing";
            }

            @Override
            public List<io.smsdocs.core.export.OutputFile> export(io.smsdocs.core.render.RenderedDocument document,
                                                                   io.smsdocs.core.export.ExportContext context) {
                if (exported.incrementAndGet() == 5) {
                    throw new IllegalStateException("disk full, halfway through the set");
                }
                return List.of(new io.smsdocs.core.export.OutputFile("failing/" + document.document().id() + ".txt", new byte[1]));
            }
        };
        Files.writeString(file, VALID.replace("name: Hosting", "name: Managed Hosting"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SmsGenerator().register(failing)
                .generate(GenerationRequest.of(file, null, out, List.of("markdown", "failing"))))
                .hasMessageContaining("halfway");

        assertThat(FileTrees.snapshot(dir.resolve("target"))).containsOnlyKeys(before.keySet())
                .allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(before.get(path)));
    }

    /** A format that writes, per document, the organisation's name as the set's template model gives it. */
    private static io.smsdocs.core.export.Exporter modelReader(boolean saysSo) {
        return new io.smsdocs.core.export.Exporter() {
            @Override
            public String format() {
                return "model";
            }

            @Override
            public boolean readsTemplateModel() {
                return saysSo;
            }

            @Override
            public List<io.smsdocs.core.export.OutputFile> export(io.smsdocs.core.render.RenderedDocument document,
                                                                   io.smsdocs.core.export.ExportContext context) {
                Object org = ((Map<?, ?>) context.set().model().value("org")).get("name");
                return List.of(new io.smsdocs.core.export.OutputFile("model/" + document.document().id() + ".txt",
                        String.valueOf(org).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
        };
    }

    @Test
    void theTemplateModelOutlivesTheRenderingOnlyForAFormatThatReadsIt() throws IOException {
        Path file = descriptor(VALID);
        new SmsGenerator().register(modelReader(true)).generate(GenerationRequest.of(file, null, dir.resolve("read"), List.of("markdown", "model")));
        assertThat(dir.resolve("read/model/sms-scope.txt")).content().isNotBlank();

        // Released after the rendering (a set of thousands of services holds a large model): a format that reads it
        // without saying so fails loudly instead of finding it gone some other way.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SmsGenerator().register(modelReader(false))
                        .generate(GenerationRequest.of(file, null, dir.resolve("unread"), List.of("markdown", "model"))))
                .hasStackTraceContaining("readsTemplateModel");
    }

    @Test
    void filesTheUserAddedToTheOutputFolderSurvive() throws IOException {
        Path out = dir.resolve("out");
        Path file = descriptor(VALID);
        new SmsGenerator().generate(GenerationRequest.of(file, null, out, List.of("markdown")));
        Files.writeString(out.resolve("README.txt"), "our notes");
        Files.writeString(file, VALID.replace("name: Hosting", "name: Managed Hosting"));
        new SmsGenerator().generate(GenerationRequest.of(file, null, out, List.of("markdown")));
        assertThat(out.resolve("README.txt")).hasContent("our notes");
    }
}
