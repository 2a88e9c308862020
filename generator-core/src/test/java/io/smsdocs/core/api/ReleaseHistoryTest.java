package io.smsdocs.core.api;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16, item 1: each document's revision history comes from the approved releases (annotated tags) in git. */
class ReleaseHistoryTest {

    /** A small hosting provider's descriptor, shared by the tests of releases. */
    static final String DESCRIPTOR = """
            organization: {name: Example Hosting Ltd}
            sms:
              scope: The SMS covers the hosting services of Example Hosting Ltd.
              effectiveDate: 2026-01-15
              topManagement: md
              documentControl: {owner: sms-manager, approver: md}
            roles:
              - {id: md, title: Managing Director, person: Ann Lee}
              - {id: sms-manager, title: Service Manager, person: Bo Chen}
            customers:
              - {id: acme, name: Acme plc, type: external}
            services:
              - {id: hosting, name: Cloud Hosting, owner: sms-manager, customers: [acme], hours: 24x7, availabilityTarget: 99.9}
            """;

    @TempDir
    Path repo;

    private Git git;

    private void commitAndTag(String tag, String message, Instant when) throws GitAPIException {
        PersonIdent board = new PersonIdent("Ann Lee", "ann@example.com", when, ZoneOffset.UTC);
        git.add().addFilepattern(".").call();
        git.commit().setMessage("Release " + tag).setAuthor(board).setCommitter(board).call();
        git.tag().setName(tag).setAnnotated(true).setMessage(message).setTagger(board).call();
    }

    /** sms-v1 of the descriptor, then sms-v2 with a higher availability target. */
    private void twoReleases() throws IOException, GitAPIException {
        Files.createDirectories(repo.resolve("src/sms"));
        Files.writeString(repo.resolve(".gitignore"), "target/\n");
        Files.writeString(repo.resolve("src/sms/sms.yaml"), DESCRIPTOR);
        git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
        commitAndTag("sms-v1", "Approved by the management review of 2026-02-01", Instant.parse("2026-02-01T10:00:00Z"));
        Files.writeString(repo.resolve("src/sms/sms.yaml"), DESCRIPTOR.replace("availabilityTarget: 99.9", "availabilityTarget: 99.95"));
        commitAndTag("sms-v2", "Approved: higher availability for Acme", Instant.parse("2026-06-01T10:00:00Z"));
    }

    private String generate() throws IOException {
        GenerationResult result = new SmsGenerator().generate(GenerationRequest.builder(repo.resolve("src/sms/sms.yaml"),
                repo.resolve("target/sms")).formats(List.of("markdown")).build());
        assertThat(result.documents()).isNotEmpty();
        return "";
    }

    private String markdown(String id) throws IOException {
        return Files.readString(repo.resolve("target/sms/markdown/" + id + ".md"));
    }

    @Test
    void aDocumentGainsARowAtEachReleaseWhereItsContentChangedAndTheWorkingCopyIsTheNextDraft() throws Exception {
        // Release 1, then release 2 that changes the SLA target only.
        twoReleases();
        generate();

        String sla = markdown("sla-hosting");
        assertThat(sla).contains("| 1.0 | 2026-02-01 | Ann Lee | First issue (sms-v1) |")
                .containsPattern("\\| 2\\.0 \\| 2026-06-01 \\| Ann Lee \\| Changed: [^|]+ \\(sms-v2\\) \\|")
                .doesNotContain("| 3.0 |");
        // The change policy does not mention availability: one row, approved in sms-v1.
        assertThat(markdown("change-management-policy")).contains("| 1.0 | 2026-02-01 | Ann Lee | First issue (sms-v1) |")
                .contains("| Version | 1.0 |").contains("| Status | Approved |").doesNotContain("| 2.0 |");
        assertThat(sla).contains("| Version | 2.0 |").contains("| Effective date | 2026-06-01 |");

        // An uncommitted change of the target again: the documents that state it become the next version, a draft.
        Files.writeString(repo.resolve("src/sms/sms.yaml"), DESCRIPTOR.replace("availabilityTarget: 99.9", "availabilityTarget: 99.99"));
        generate();
        assertThat(markdown("sla-hosting")).contains("| 3.0 | On approval | Bo Chen | Changed since sms-v2: Availability").contains("| Version | 3.0 |")
                .contains("| Status | Draft |");
        assertThat(markdown("change-management-policy")).doesNotContain("| 2.0 |").contains("| Status | Approved |");
        git.close();
    }

    @Test
    void withoutAReleaseOrOutsideARepositoryTheDescriptorDecidesAsBefore() throws Exception {
        Files.createDirectories(repo.resolve("src/sms"));
        Files.writeString(repo.resolve("src/sms/sms.yaml"), DESCRIPTOR);
        generate();
        String outside = markdown("sla-hosting");

        git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
        PersonIdent someone = new PersonIdent("Bo Chen", "bo@example.com", Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
        git.add().addFilepattern("src").call();
        git.commit().setMessage("Draft").setAuthor(someone).setCommitter(someone).call();
        git.tag().setName("v1-light").call();
        new SmsGenerator().generate(GenerationRequest.builder(repo.resolve("src/sms/sms.yaml"), repo.resolve("target/sms"))
                .formats(List.of("markdown")).force(true).build());
        assertThat(markdown("sla-hosting")).isEqualTo(outside);
        git.close();
    }

    @Test
    void theEvidencePackIsTheApprovedSetWithAManifestThatFindsATamperedFile() throws Exception {
        twoReleases();
        // The working copy moves on; the pack is the set as approved in sms-v2 all the same.
        Files.writeString(repo.resolve("src/sms/sms.yaml"), DESCRIPTOR.replace("Cloud Hosting", "Managed Cloud Hosting"));
        GenerationRequest request = GenerationRequest.builder(repo.resolve("src/sms/sms.yaml"), repo.resolve("target/sms"))
                .formats(List.of("markdown")).build();

        EvidencePack.Written first = new EvidencePack(new SmsGenerator()).write(request, null, repo.resolve("target/sms/evidence"));
        byte[] bytes = Files.readAllBytes(first.zip());
        EvidencePack.Written again = new EvidencePack(new SmsGenerator()).write(request, "sms-v2", repo.resolve("target/sms/evidence"));

        assertThat(first.zip()).isEqualTo(repo.resolve("target/sms/evidence/example-hosting-ltd-sms-v2.zip"));
        assertThat(again.zip()).hasBinaryContent(bytes);
        assertThat(first.previousTag()).isEqualTo("sms-v1");
        try (var zip = new java.util.zip.ZipFile(first.zip().toFile())) {
            String manifest = new String(zip.getInputStream(zip.getEntry("MANIFEST.sha256")).readAllBytes());
            assertThat(manifest).contains("# release: sms-v2").contains("# approved-by: Ann Lee <ann@example.com>")
                    .contains("  set/docx/sla-hosting.docx").contains("  set/docx/traceability-matrix.docx")
                    .contains("  set/docx/document-register.docx").contains("  set/xlsx/").contains("  descriptor/sms.yaml")
                    .contains("  changes-since-sms-v1.md");
            String sla = new String(zip.getInputStream(zip.getEntry("set/docx/sla-hosting.docx")).readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(new String(zip.getInputStream(zip.getEntry("descriptor/sms.yaml")).readAllBytes())).contains("99.95")
                    .doesNotContain("Managed Cloud Hosting");
            assertThat(new String(zip.getInputStream(zip.getEntry("changes-since-sms-v1.md")).readAllBytes()))
                    .contains("- `sla-hosting`: ").doesNotContain("- `change-management-policy`");
            assertThat(sla).isNotEmpty();
            assertThat(manifest).contains("  changes-since-sms-v1.docx").contains("  index/clause-index.docx").contains("  index/clause-index.html");
            clauseIndexOfTheRelease(zip);
        }
        assertThat(EvidencePack.verify(first.zip(), "pack.zip")).isEmpty();

        // One byte of one document changed: found, at its manifest line.
        Path tampered = repo.resolve("tampered.zip");
        try (var in = new java.util.zip.ZipFile(first.zip().toFile());
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(tampered))) {
            for (var entry : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("descriptor/sms.yaml")) {
                    content = new String(content).replace("99.95", "99.99").getBytes();
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(content);
            }
        }
        assertThat(EvidencePack.verify(tampered, "tampered.zip")).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("tampered.zip!MANIFEST.sha256");
            assertThat(p.message()).isEqualTo("descriptor/sms.yaml was changed after the pack was made: its SHA-256 is not the one recorded");
        });
        assertThat(EvidencePack.verify(repo.resolve("src/sms/sms.yaml"), "sms.yaml")).singleElement().asString()
                .contains("this is not an evidence pack");
        git.close();
    }

    /**
     * Item 5: the pack indexed by clause. The SLA changed in sms-v2: under its clause 8.3.3 it stands with version 2.0,
     * approved on the day of sms-v2 by its approver; the change policy, unchanged since sms-v1, with 1.0 of that day. Every
     * link of the HTML index lands on a file of the pack.
     */
    private static void clauseIndexOfTheRelease(java.util.zip.ZipFile zip) throws IOException {
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(zip.getInputStream(zip.getEntry("index/clause-index.docx")))) {
            List<List<String>> rows = new java.util.ArrayList<>();
            boolean under833 = false;
            for (var element : docx.getBodyElements()) {
                if (element instanceof org.apache.poi.xwpf.usermodel.XWPFParagraph p && p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                    under833 = p.getText().startsWith("8.3.3 ");
                } else if (under833 && element instanceof org.apache.poi.xwpf.usermodel.XWPFTable table) {
                    table.getRows().forEach(r -> rows.add(r.getTableCells().stream().map(c -> c.getText()).toList()));
                }
            }
            assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly("Service Level Agreement: Cloud Hosting (EXAMPLE-SLA-01)",
                    row.get(1), "2.0", "2026-06-01", "Ann Lee"));
        }
        String html = new String(zip.getInputStream(zip.getEntry("index/clause-index.html")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        var page = org.jsoup.Jsoup.parse(html);
        assertThat(page.getElementById("clause-8-3-3").parent().select("tr").eachText())
                .anyMatch(row -> row.startsWith("Service Level Agreement: Cloud Hosting") && row.endsWith("2.0 2026-06-01 Ann Lee"));
        assertThat(page.select("tr").eachText()).anyMatch(row -> row.startsWith("Change Management Policy") && row.endsWith("1.0 2026-02-01 Ann Lee"));
        for (String href : page.select("a[href]").eachAttr("href")) {
            if (!href.startsWith("#")) {
                String entry = java.nio.file.Path.of("index").resolve(href).normalize().toString().replace('\\', '/');
                assertThat(zip.getEntry(entry)).as(href).isNotNull();
            }
        }
    }

    @Test
    void theDiffWritesARedlineForEachChangedDocumentOnlyAndASummary() throws Exception {
        twoReleases();
        GenerationRequest request = GenerationRequest.builder(repo.resolve("src/sms/sms.yaml"), repo.resolve("target/sms")).build();

        SetDiff.Result result = new SetDiff(new SmsGenerator()).write(request, "sms-v1", "sms-v2", repo.resolve("target/sms/redline"));

        assertThat(result.changed()).extracting(SetDiff.Changed::id).contains("sla-hosting", "availability-plan")
                .doesNotContain("change-management-policy", "documented-information-control");
        assertThat(result.added()).isEmpty();
        try (Stream<Path> files = Files.list(repo.resolve("target/sms/redline"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".docx") && !f.equals(SetDiff.SUMMARY_DOCX)).sorted().toList())
                    .isEqualTo(result.changed().stream().map(SetDiff.Changed::redline).sorted().toList());
        }
        String body;
        try (var zip = new java.util.zip.ZipFile(repo.resolve("target/sms/redline/sla-hosting.docx").toFile())) {
            body = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(body).contains("<w:ins ").contains("<w:del ").contains("w:author=\"Ann Lee\"").contains("w:date=\"2026-06-01T10:00:00Z\"");
        String summary = Files.readString(repo.resolve("target/sms/redline/summary.md"));
        assertThat(summary).startsWith("# Changes from sms-v1 to sms-v2").contains("| Service Level Agreement: Cloud Hosting | 8.3.3 |")
                .contains("[sla-hosting.docx](sla-hosting.docx)").doesNotContain("Change Management Policy");
        // The same summary as a Word table for the management review: a row per changed document, with its counts.
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(repo.resolve("target/sms/redline/summary.docx")))) {
            assertThat(docx.getParagraphs().get(0).getText()).isEqualTo("Changes from sms-v1 to sms-v2");
            var table = docx.getTables().get(0);
            assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("Document", "Clauses", "What changed", "Insertions", "Deletions", "Redline");
            assertThat(table.getRows().subList(1, table.getRows().size())).extracting(r -> r.getCell(0).getText())
                    .isEqualTo(result.changed().stream().map(SetDiff.Changed::title).toList());
            SetDiff.Changed sla = result.changed().stream().filter(c -> c.id().equals("sla-hosting")).findFirst().orElseThrow();
            var slaRow = table.getRows().stream().filter(r -> r.getCell(0).getText().equals(sla.title())).findFirst().orElseThrow();
            assertThat(slaRow.getTableCells()).extracting(c -> c.getText()).containsExactly(sla.title(), "8.3.3", String.join("; ", sla.sections()),
                    String.valueOf(sla.insertions()), String.valueOf(sla.deletions()), "sla-hosting.docx");
            assertThat(table.getCTTbl().getTblPr().getTblStyle().getVal()).isEqualTo("SmsTable");
        }

        // A tag that does not exist: one located line naming the releases, nothing written.
        var unknown = org.assertj.core.api.Assertions.catchThrowableOfType(io.smsdocs.core.problem.SmsException.class,
                () -> new SetDiff(new SmsGenerator()).write(request, "sms-v3", null, repo.resolve("target/other")));
        assertThat(unknown.problems()).singleElement().asString().startsWith("sms.from: 'sms-v3' names no tag or commit of the repository")
                .endsWith("did you mean 'sms-v1'?");
        assertThat(repo.resolve("target/other")).doesNotExist();
        var noRelease = org.assertj.core.api.Assertions.catchThrowableOfType(io.smsdocs.core.problem.SmsException.class,
                () -> new EvidencePack(new SmsGenerator()).write(request, "sms-v9", repo.resolve("target/other")));
        assertThat(noRelease.problems()).singleElement().asString()
                .isEqualTo("sms.tag: 'sms-v9' is not an approved release; did you mean 'sms-v1'?");
        git.close();
    }
}
