package io.smsdocs.core.api;

import io.smsdocs.core.export.ExportContext;
import io.smsdocs.core.export.FixedZip;
import io.smsdocs.core.export.clauseindex.ClauseIndex;
import io.smsdocs.core.export.clauseindex.ClauseIndexDocx;
import io.smsdocs.core.export.clauseindex.ClauseIndexHtml;
import io.smsdocs.core.export.docx.DocxWriter;
import io.smsdocs.core.export.docx.Paper;
import io.smsdocs.core.history.ApprovalRecord;
import io.smsdocs.core.history.ApprovalRecords;
import io.smsdocs.core.history.GitRepository;
import io.smsdocs.core.history.Release;
import io.smsdocs.core.output.InputFingerprint;
import io.smsdocs.core.output.Manifest;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;
import io.smsdocs.core.problem.Suggestions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * One reproducible zip for the auditor ({@code sms:evidence}): the set exactly as approved in a release (its
 * documents as DOCX and the registers as XLSX, generated from the tag's commit with the history up to it), the
 * descriptor of that commit, what changed since the previous release, and {@code MANIFEST.sha256}: the SHA-256 of
 * every file, the commit and the tag with its approver. The same commit gives the same bytes; {@link #verify}
 * finds a file changed after the pack was made.
 */
public final class EvidencePack {

    public static final String MANIFEST = "MANIFEST.sha256";

    /**
     * The pack written, for the log.
     *
     * @param warnings approvals whose DOCX the rebuild did not reproduce because another version of smsdocs made them
     */
    public record Written(Path zip, Release release, String previousTag, int files, List<Problem> warnings) {
    }

    private final SmsGenerator generator;

    public EvidencePack(SmsGenerator generator) {
        this.generator = generator;
    }

    /**
     * @param tag    the approved release, null for the latest one
     * @param folder where the zip goes ({@code target/sms/evidence})
     */
    public Written write(GenerationRequest request, String tag, Path folder) {
        SmsGenerator.Releases releases = SmsGenerator.releases(request);
        if (releases.list().isEmpty()) {
            throw new SmsException(Problem.error(SourceLocation.of(request.descriptorDisplay()), "the set has no approved release to put"
                    + " into an evidence pack", "an approved release is an annotated git tag matching " + (request.releaseTags().isEmpty()
                    ? "sms.releaseTags" : "'" + request.releaseTags() + "'") + ", such as: git tag -a sms-v1 -m \"Approved by the"
                    + " management review of <date>\""));
        }
        try (GitRepository git = releases.git()) {
            List<Release> list = releases.list();
            int index = tag == null ? list.size() - 1 : indexOf(list, tag);
            Release release = list.get(index);
            Release previous = index == 0 ? null : list.get(index - 1);
            Map<String, byte[]> entries = new TreeMap<>();
            Path work = Files.createTempDirectory("sms-evidence-");
            String organization;
            Map<String, String> approvedMarkdown;
            List<ApprovalRecord> approvals;
            List<Problem> warnings = new ArrayList<>();
            java.util.concurrent.atomic.AtomicReference<ExportContext> approvedSet = new java.util.concurrent.atomic.AtomicReference<>();
            try (ReleaseCheckout checkout = ReleaseCheckout.of(git, request, release, work.resolve("set"), formats(request))) {
                if (checkout.request() == null) {
                    throw new SmsException(Problem.error(SourceLocation.of(request.descriptorDisplay()), "the descriptor did not exist"
                            + " at " + release.tag(), "pick a release that holds the set (-Dsms.tag)"));
                }
                // The history as it stood at the release: its own releases and the earlier ones, read from a second handle.
                GitRepository historyGit = GitRepository.find(request.descriptor().toAbsolutePath().normalize().getParent()).orElseThrow();
                generator.generate(checkout.request().toBuilder().force(true).build(), new SmsGenerator.HistorySource(
                        new SmsGenerator.Releases(historyGit, list.subList(0, index + 1)), request), approvedSet::set);
                addFolder(entries, "set/", work.resolve("set"));
                approvals = ApprovalRecords.of(release);
                warnings.addAll(rebuiltAsApproved(approvals, entries, release));
                Path descriptor = checkout.request().descriptor();
                entries.put("descriptor/" + descriptor.getFileName(), Files.readAllBytes(descriptor));
                organization = approvedSet.get().descriptor().organization().name(); // as the rebuild loaded it
                approvedMarkdown = generator.renderMarkdown(checkout.request());
            }
            String changesName = previous == null ? "changes.md" : "changes-since-" + previous.tag() + ".md";
            String changes = changes(git, request, release, previous, approvedMarkdown);
            entries.put(changesName, changes.getBytes(StandardCharsets.UTF_8));
            entries.putAll(papers(approvedSet.get(), release, changesName, changes));
            if (!approvals.isEmpty()) {
                entries.put("approvals.json", approvalsJson(approvals));
            }
            entries.put(MANIFEST, manifest(entries, release, organization, approvals).getBytes(StandardCharsets.UTF_8));
            byte[] zip = FixedZip.write(entries);
            Files.createDirectories(folder);
            Path target = folder.resolve(slug(organization) + "-" + release.tag() + ".zip");
            Path temporary = folder.resolve("." + target.getFileName() + ".tmp");
            Files.write(temporary, zip);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            ReleaseCheckout.deleteTree(work);
            return new Written(target, release, previous == null ? null : previous.tag(), entries.size(), List.copyOf(warnings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The papers made from the approved set: the pack indexed by clause (index/clause-index.docx and .html: per clause
     * the documents and sections that address it with the version, day and approver as of the release, and the records
     * that evidence it; links go to the set's DOCX in the pack), and the changes since the previous release as DOCX.
     */
    private static Map<String, byte[]> papers(ExportContext approvedSet, Release release, String changesName, String changes) {
        ClauseIndex index = ClauseIndex.of(approvedSet.set(), approvedSet.descriptor().sms().language(),
                new ClauseIndex.Release(release.tag(), release.approver(), release.date(), release.summary()));
        java.util.function.Function<String, String> link = id -> "../set/docx/" + id + ".docx";
        return Map.of("index/clause-index.docx", ClauseIndexDocx.write(index, approvedSet, link),
                "index/clause-index.html", ClauseIndexHtml.write(index, approvedSet.messages(), link),
                changesName.replaceFirst("\\.md$", ".docx"), DocxWriter.writePaper(changes, new Paper(release.tag(), Paper.titleOf(changes), "", release.tag(),
                        release.date(), approvedSet.descriptor().sms().documentControl().classification()), approvedSet));
    }

    /** DOCX for the documents, XLSX for the registers, and PDF where the build makes it. */
    private static List<String> formats(GenerationRequest request) {
        List<String> formats = new ArrayList<>(List.of("docx", "xlsx"));
        if (request.formats().contains("pdf")) {
            formats.add("pdf");
        }
        return formats;
    }

    private static int indexOf(List<Release> list, String tag) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).tag().equals(tag)) {
                return i;
            }
        }
        List<String> tags = list.stream().map(Release::tag).toList();
        throw new SmsException(Problem.error(SourceLocation.of("sms.tag"), "'" + tag + "' is not an approved release",
                Suggestions.didYouMean(tag, tags, "the approved releases (annotated tags) are " + String.join(", ", tags)
                        + "; in a shallow clone, fetch the tags first (git fetch --tags)")));
    }

    /** What changed since the previous release, per document: the paper for the management review. */
    private String changes(GitRepository git, GenerationRequest request, Release release, Release previous, Map<String, String> now) {
        StringBuilder out = new StringBuilder("# Changes approved in " + release.tag() + "\n\n");
        out.append("Approved by ").append(release.approver()).append(" on ").append(release.date()).append(": ")
                .append(release.summary()).append("\n\n");
        if (previous == null) {
            return out.append("The first approved release: every document is issued for the first time.\n").toString();
        }
        Map<String, String> before;
        try (ReleaseCheckout checkout = ReleaseCheckout.of(git, request, previous)) {
            before = checkout.request() == null ? Map.of() : generator.renderMarkdown(checkout.request());
        }
        out.append("Since ").append(previous.tag()).append(" (").append(previous.date()).append("):\n\n");
        int changed = 0;
        for (Map.Entry<String, String> document : now.entrySet()) {
            String old = before.get(document.getKey());
            if (old == null) {
                out.append("- `").append(document.getKey()).append("`: new document\n");
            } else if (!old.equals(document.getValue())) {
                out.append("- `").append(document.getKey()).append("`: ").append(ReleaseHistoryBuilder.sections(old, document.getValue()))
                        .append('\n');
            } else {
                continue;
            }
            changed++;
        }
        before.keySet().stream().filter(id -> !now.containsKey(id)).forEach(id -> out.append("- `").append(id).append("`: withdrawn\n"));
        return (changed == 0 ? out.append("No document changed.\n") : out).toString();
    }

    /**
     * Each document the release approved must rebuild to the DOCX whose SHA-256 its approval records: with the same
     * version of smsdocs a difference is an error (the set would not be the one approved); with another version it
     * is expected (the pack holds the rebuild) and reported.
     */
    private static List<Problem> rebuiltAsApproved(List<ApprovalRecord> approvals, Map<String, byte[]> entries, Release release) {
        List<String> differing = new ArrayList<>();
        List<String> otherGenerator = new ArrayList<>();
        for (ApprovalRecord approval : approvals) {
            byte[] docx = entries.get("set/docx/" + approval.document() + ".docx");
            if (docx == null || approval.docxSha256() == null || Manifest.sha256(docx).equals(approval.docxSha256())) {
                continue;
            }
            (InputFingerprint.generatorVersion().equals(approval.generator()) ? differing : otherGenerator).add(approval.document());
        }
        if (!differing.isEmpty()) {
            throw new SmsException(Problem.error(SourceLocation.of(release.tag()), "rebuilding " + release.tag() + " does not give the"
                    + " DOCX that was approved for " + String.join(", ", differing), "the approval records the SHA-256 of each"
                    + " approved DOCX; with the same version of smsdocs and the tag's files the bytes must repeat: report this as a defect"));
        }
        return otherGenerator.isEmpty() ? List.of() : List.of(Problem.warning(SourceLocation.of(release.tag()), otherGenerator.size()
                + " approved document(s) of " + release.tag() + " were made by another version of smsdocs, and their rebuilt DOCX differ"
                + " from the approved bytes: " + String.join(", ", otherGenerator), "the pack holds the rebuilt copies; approvals.json"
                + " keeps the SHA-256 of the approved ones"));
    }

    private static byte[] approvalsJson(List<ApprovalRecord> approvals) {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper()
                .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule().addSerializer(java.time.Instant.class,
                        new com.fasterxml.jackson.databind.ser.std.ToStringSerializer()));
        try {
            return (json.writerWithDefaultPrettyPrinter().writeValueAsString(approvals).replace("\r\n", "\n") + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String manifest(Map<String, byte[]> entries, Release release, String organization, List<ApprovalRecord> approvals) {
        StringBuilder out = new StringBuilder("# smsdocs evidence pack of ").append(organization).append('\n')
                .append("# release: ").append(release.tag()).append('\n')
                .append("# commit: ").append(release.commit()).append('\n')
                .append("# approved-by: ").append(release.approver()).append(" <").append(release.approverEmail()).append(">\n")
                .append("# approved-at: ").append(release.approvedAt()).append('\n')
                .append("# note: ").append(release.summary()).append('\n')
                .append("# approvals: ").append(approvals.isEmpty() ? "none recorded (tagged by hand, not with sms:release)"
                        : approvals.size() + " document(s) approved in this release, see approvals.json").append('\n');
        entries.forEach((name, bytes) -> out.append(Manifest.sha256(bytes)).append("  ").append(name).append('\n'));
        return out.toString();
    }

    /**
     * Every file of a pack against its manifest: a changed, missing or added file is a problem located at the
     * manifest line (or at the file); an intact pack gives none.
     */
    public static List<Problem> verify(Path zip, String display) {
        List<Problem> problems = new ArrayList<>();
        String manifestName = display + "!" + MANIFEST;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry manifestEntry = file.getEntry(MANIFEST);
            if (manifestEntry == null) {
                return List.of(Problem.error(SourceLocation.of(display), "the evidence pack has no " + MANIFEST,
                        "make it again with sms:evidence"));
            }
            Map<String, Integer> listed = new LinkedHashMap<>();
            List<String> lines = new String(file.getInputStream(manifestEntry).readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("  ", 2);
                SourceLocation at = new SourceLocation(manifestName, i + 1, 1);
                if (parts.length != 2 || !parts[0].matches("[0-9a-f]{64}")) {
                    problems.add(Problem.error(at, "this manifest line is not '<sha-256>  <file>'", "make the pack again with sms:evidence"));
                    continue;
                }
                listed.put(parts[1], i + 1);
                ZipEntry entry = file.getEntry(parts[1]);
                if (entry == null) {
                    problems.add(Problem.error(at, parts[1] + " is listed but not in the pack", "the pack is incomplete: make it again"));
                } else if (!Manifest.sha256(file.getInputStream(entry).readAllBytes()).equals(parts[0])) {
                    problems.add(Problem.error(at, parts[1] + " was changed after the pack was made: its SHA-256 is not the one recorded",
                            "use the pack as sms:evidence wrote it, or make it again from the release's tag"));
                }
            }
            file.stream().filter(e -> !e.isDirectory() && !e.getName().equals(MANIFEST) && !listed.containsKey(e.getName()))
                    .forEach(e -> problems.add(Problem.error(SourceLocation.of(display + "!" + e.getName()), e.getName()
                            + " was added to the pack after it was made", "remove it, or make the pack again")));
        } catch (ZipException e) {
            return List.of(Problem.error(SourceLocation.of(display), "this is not an evidence pack (not a zip file)",
                    "give the .zip that sms:evidence wrote"));
        } catch (IOException e) {
            return List.of(Problem.error(SourceLocation.of(display), "cannot read the evidence pack: " + e.getMessage(), "check the path"));
        }
        return problems;
    }

    private static void addFolder(Map<String, byte[]> entries, String prefix, Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                entries.put(prefix + folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
    }

    static String slug(String organization) {
        String slug = organization.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "sms" : slug;
    }
}
