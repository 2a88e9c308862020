package io.smsdocs.core.api;

import io.smsdocs.core.export.ExportContext;
import io.smsdocs.core.export.docx.DocxWriter;
import io.smsdocs.core.export.docx.Paper;
import io.smsdocs.core.export.redline.Redline;
import io.smsdocs.core.history.GitRepository;
import io.smsdocs.core.history.Release;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * What changed in the set between two points ({@code sms:diff}): a redline DOCX per changed document, the
 * differences as Word tracked changes a reviewer accepts or rejects, and {@code summary.md}: each changed document
 * with its clauses, the sections that changed and the counts, the paper for the management review (also as a Word
 * table, {@code summary.docx}, in the set's house style). Both sides are
 * generated from their own files (a tag or commit through git, or the working copy), without revision history, so
 * the redline shows what the documents say, not their version numbers. It also compares a DOCX that came back
 * from a client with the one generated, so the consultant sees what the client changed.
 */
public final class SetDiff {

    /** One changed document. */
    public record Changed(String id, String title, List<String> clauses, int insertions, int deletions, List<String> sections,
                          String redline) {
    }

    /**
     * @param added   documents the "to" side has and the "from" side had not
     * @param removed documents the "from" side had and the "to" side has not
     */
    public record Result(String from, String to, List<Changed> changed, List<String> added, List<String> removed, Path folder) {
    }

    /**
     * One side of the comparison: its DOCX by document id, what the generation said of each document, and the context
     * it was exported in (its styles and words, for the summary's DOCX); null for a side without the set.
     */
    private record Side(Map<String, byte[]> docx, Map<String, GenerationResult.GeneratedDocument> documents, ExportContext context) {

        static final Side NONE = new Side(Map.of(), Map.of(), null);
    }

    /** The summary as a Word document, beside summary.md. */
    public static final String SUMMARY_DOCX = "summary.docx";

    private final SmsGenerator generator;

    public SetDiff(SmsGenerator generator) {
        this.generator = generator;
    }

    /**
     * @param from a tag or commit; null for the latest approved release
     * @param to   a tag or commit; null for the working copy
     */
    public Result write(GenerationRequest request, String from, String to, Path folder) {
        SmsGenerator.Releases releases = SmsGenerator.releases(request.toBuilder().releaseTags(
                request.releaseTags().isEmpty() ? GitRepository.DEFAULT_PATTERN : request.releaseTags()).build());
        GitRepository git = releases.git() != null ? releases.git()
                : GitRepository.find(request.descriptor().toAbsolutePath().normalize().getParent()).orElseThrow(() -> new SmsException(
                        Problem.error(SourceLocation.of(request.descriptorDisplay()), "the descriptor is not in a git repository, so there"
                                + " is no earlier version to compare with", "keep the docs repo in git; approved releases are annotated tags such as sms-v1")));
        try (git) {
            List<Release> list = releases.list();
            Release fromPoint = point(git, from, "sms.from", list, true);
            Release toPoint = to == null ? null : point(git, to, "sms.to", list, false);
            Path work = Files.createTempDirectory("sms-diff-");
            try {
                Side fromSide = side(git, request, fromPoint, work.resolve("from"));
                Map<String, byte[]> before = fromSide.docx();
                Side toSide = toPoint == null ? working(request, work.resolve("to")) : side(git, request, toPoint, work.resolve("to"));
                Map<String, byte[]> after = toSide.docx();
                Redline.Author author = toPoint == null ? new Redline.Author(git.userName(), Instant.now().truncatedTo(ChronoUnit.SECONDS))
                        : new Redline.Author(toPoint.approver(), toPoint.approvedAt());
                Map<String, GenerationResult.GeneratedDocument> documents = toSide.documents();
                List<Changed> changed = new ArrayList<>();
                List<String> added = new ArrayList<>();
                Files.createDirectories(folder);
                clean(folder);
                for (Map.Entry<String, byte[]> document : after.entrySet()) {
                    byte[] old = before.get(document.getKey());
                    if (old == null) {
                        added.add(document.getKey());
                        continue;
                    }
                    Redline.Result redline = Redline.compare(old, fromPoint.tag() + ":" + document.getKey() + ".docx", document.getValue(),
                            document.getKey() + ".docx", author);
                    if (!redline.changed()) {
                        continue;
                    }
                    String file = document.getKey() + ".docx";
                    Files.write(folder.resolve(file), redline.docx());
                    GenerationResult.GeneratedDocument info = documents.get(document.getKey());
                    changed.add(new Changed(document.getKey(), info == null ? document.getKey() : info.title(),
                            info == null ? List.of() : info.clauses(), redline.insertions(), redline.deletions(), redline.changedSections(), file));
                }
                List<String> removed = before.keySet().stream().filter(id -> !after.containsKey(id)).toList();
                String fromName = fromPoint.tag();
                String toName = toPoint == null ? "the working copy" : toPoint.tag();
                String summary = summary(fromName, toName, changed, added, removed);
                Files.writeString(folder.resolve("summary.md"), summary);
                ExportContext context = toSide.context() != null ? toSide.context() : fromSide.context();
                if (context != null) {
                    // The same summary on paper for the management review, in the set's house style.
                    Files.write(folder.resolve(SUMMARY_DOCX), DocxWriter.writePaper(summary, new Paper(fromName + " → " + toName,
                            Paper.titleOf(summary), "", toPoint == null ? "" : toPoint.tag(),
                            toPoint == null ? null : toPoint.date(), context.descriptor().sms().documentControl().classification()), context));
                }
                return new Result(fromName, toName, List.copyOf(changed), List.copyOf(added), List.copyOf(removed), folder);
            } finally {
                ReleaseCheckout.deleteTree(work);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A DOCX as it came back from a client, compared with the one generated: the client's changes as tracked changes
     * on the client's document (author: the client).
     */
    public static Redline.Result compareReturned(Path generated, String generatedDisplay, Path returned, String returnedDisplay, String client) {
        try {
            if (!Files.isRegularFile(returned)) {
                throw new SmsException(Problem.error(SourceLocation.of(returnedDisplay), "the returned document does not exist",
                        "give the path of the .docx the client sent back"));
            }
            if (!Files.isRegularFile(generated)) {
                throw new SmsException(Problem.error(SourceLocation.of(generatedDisplay), "there is no generated document of that name to"
                        + " compare with", "run sms:generate first, and name the returned file as the generated one (<document id>.docx)"));
            }
            return Redline.compare(Files.readAllBytes(generated), generatedDisplay, Files.readAllBytes(returned), returnedDisplay,
                    new Redline.Author(client, Files.getLastModifiedTime(returned).toInstant().truncatedTo(ChronoUnit.SECONDS)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tag or commit as a point to compare: an approved release keeps its approver; another commit its committer. */
    private static Release point(GitRepository git, String name, String setting, List<Release> releases, boolean from) {
        if (name == null) {
            if (releases.isEmpty()) {
                throw new SmsException(Problem.error(SourceLocation.of(setting), "there is no approved release to compare with",
                        "name a tag or commit with -D" + setting + "=..., or approve a release: git tag -a sms-v1 -m \"Approved by ...\""));
            }
            return releases.get(releases.size() - 1);
        }
        for (Release release : releases) {
            if (release.tag().equals(name)) {
                return release;
            }
        }
        String commit = git.commitOf(name, setting, releases);
        return git.commitAsRelease(name, commit);
    }

    /** The set of a point as DOCX, generated from the point's files. */
    private Side side(GitRepository git, GenerationRequest request, Release point, Path output) throws IOException {
        try (ReleaseCheckout checkout = ReleaseCheckout.of(git, request, point, output, List.of("docx"))) {
            if (checkout.request() == null) {
                return Side.NONE;
            }
            AtomicReference<ExportContext> context = new AtomicReference<>();
            GenerationResult result = generator.generate(checkout.request().toBuilder().force(true).build(), null, context::set);
            return side(result, output, context.get());
        }
    }

    private Side working(GenerationRequest request, Path output) throws IOException {
        GenerationRequest now = GenerationRequest.builder(request.descriptor(), output).descriptorDisplay(request.descriptorDisplay())
                .templateDirectory(request.templateDirectory(), request.templateDirectoryExplicit()).templateDisplay(request.templateDisplay())
                .classLoader(request.classLoader()).guidance(request.guidance()).formats(List.of("docx")).releaseTags("").force(true).build();
        AtomicReference<ExportContext> context = new AtomicReference<>();
        GenerationResult result = generator.generate(now, null, context::set);
        return side(result, output, context.get());
    }

    private static Side side(GenerationResult result, Path output, ExportContext context) throws IOException {
        Map<String, GenerationResult.GeneratedDocument> documents = new LinkedHashMap<>();
        result.documents().forEach(d -> documents.put(d.id(), d));
        return new Side(read(output.resolve("docx")), documents, context);
    }

    private static String summary(String from, String to, List<Changed> changed, List<String> added, List<String> removed) {
        StringBuilder out = new StringBuilder("# Changes from " + from + " to " + to + "\n\n");
        if (changed.isEmpty() && added.isEmpty() && removed.isEmpty()) {
            return out.append("No document changed.\n").toString();
        }
        out.append(changed.size()).append(changed.size() == 1 ? " document changed" : " documents changed");
        out.append(added.isEmpty() ? "" : ", " + added.size() + " added").append(removed.isEmpty() ? "" : ", " + removed.size() + " removed")
                .append(". Each redline shows the changes as tracked changes in Word.\n\n");
        if (!changed.isEmpty()) {
            out.append("| Document | Clauses | What changed | Insertions | Deletions | Redline |\n|---|---|---|---|---|---|\n");
            for (Changed c : changed) {
                out.append("| ").append(c.title()).append(" | ").append(String.join(", ", c.clauses())).append(" | ")
                        .append(String.join("; ", c.sections()).replace("|", "\\|")).append(" | ").append(c.insertions()).append(" | ")
                        .append(c.deletions()).append(" | [").append(c.redline()).append("](").append(c.redline()).append(") |\n");
            }
        }
        if (!added.isEmpty()) {
            out.append("\nAdded: ").append(String.join(", ", added)).append('\n');
        }
        if (!removed.isEmpty()) {
            out.append("\nRemoved: ").append(String.join(", ", removed)).append('\n');
        }
        return out.toString();
    }

    private static Map<String, byte[]> read(Path folder) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(f -> f.toString().endsWith(".docx")).sorted().toList()) {
                String name = file.getFileName().toString();
                files.put(name.substring(0, name.length() - ".docx".length()), Files.readAllBytes(file));
            }
        }
        return files;
    }

    /** The previous comparison's redlines go: a document unchanged now must not keep an old redline. */
    private static void clean(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(f -> f.toString().endsWith(".docx") || f.getFileName().toString().equals("summary.md")).toList()) {
                Files.delete(file);
            }
        }
    }
}
