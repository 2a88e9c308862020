package io.smsdocs.core.export.pdf;

import io.smsdocs.core.problem.BuildSetting;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * LibreOffice as a managed process: headless runs convert the DOCX of a set to PDF through the macro of
 * {@link OfficeProfile} (contents and fields updated first), each with a private profile, a time limit that grows with
 * the set, and whatever the office printed kept for the error message. Starting an office costs about a second, each
 * document about 0.15 s more, so one run per set, not one per document; as an office converts one document at a
 * time, a larger set is shared between one office per idle core ({@link OfficeShares}).
 */
final class OfficeConversion {

    private static final Duration START = Duration.ofSeconds(60);
    private static final Duration PER_DOCUMENT = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(100);

    private final Path soffice;

    OfficeConversion(Path soffice) {
        this.soffice = soffice;
    }

    /**
     * Converts the documents inside the work folder (which the caller deletes), with one office or, for a larger set
     * on idle cores, several, each with its own profile.
     *
     * @param docx      each document's DOCX by a name that is safe as a file name (the document id)
     * @param converted called with each document's name and PDF as soon as an office has written it, so the caller
     *                  can work on it while the offices go on (called on this thread, in the order they appear)
     * @return each document's PDF by the same name, in the same order
     */
    Map<String, byte[]> convert(Map<String, byte[]> docx, Path work, BiConsumer<String, byte[]> converted) {
        try {
            Path in = Files.createDirectories(work.resolve("docx"));
            Path out = Files.createDirectories(work.resolve("pdf"));
            List<Batch> batches = new ArrayList<>();
            List<List<String>> split = OfficeShares.split(docx, OfficeShares.offices(docx.size()));
            try {
                for (int i = 0; i < split.size(); i++) {
                    batches.add(start(work.resolve("office-" + (i + 1)), split.get(i), docx, in, out));
                }
            } catch (IOException | RuntimeException e) {
                batches.forEach(batch -> stop(batch.process()));
                throw e;
            }
            Map<String, byte[]> pdf = new LinkedHashMap<>();
            waitFor(batches, START.plus(PER_DOCUMENT.multipliedBy((docx.size() + batches.size() - 1) / batches.size())),
                    () -> collect(docx.keySet(), out, pdf, converted));
            collect(docx.keySet(), out, pdf, converted);
            List<Problem> failures = new ArrayList<>();
            for (Batch batch : batches) {
                failures.addAll(failures(batch.jobList().resolveSibling("jobs.txt.log"), batch.log(), batch.documents()));
            }
            if (!failures.isEmpty()) {
                throw new SmsException(failures);
            }
            for (String name : docx.keySet()) {
                if (!pdf.containsKey(name)) {
                    throw failure("LibreOffice reported " + name + " converted but wrote no PDF", batches.get(0).log());
                }
            }
            Map<String, byte[]> inOrder = new LinkedHashMap<>();
            docx.keySet().forEach(name -> inOrder.put(name, pdf.get(name)));
            return inOrder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot convert the set to PDF in " + work + ": " + e.getMessage(), e);
        }
    }

    /** One office's share of the set. */
    private record Batch(Process process, Path jobList, Path log, int documents) {
    }

    /** Writes one office's DOCX files, job list and profile, and starts it. */
    private Batch start(Path folder, List<String> names, Map<String, byte[]> docx, Path in, Path out) throws IOException {
        Files.createDirectories(folder);
        StringBuilder jobs = new StringBuilder();
        for (String name : names) {
            Path source = Files.write(in.resolve(name + ".docx"), docx.get(name));
            jobs.append(url(source)).append('\t').append(url(out.resolve(name + ".pdf"))).append('\n');
        }
        Path jobList = Files.writeString(folder.resolve("jobs.txt"), jobs, StandardCharsets.US_ASCII);
        Path log = folder.resolve("office.log");
        return new Batch(start(OfficeProfile.write(folder.resolve("profile")), jobList, log), jobList, log, names.size());
    }

    private Process start(String profile, Path jobList, Path log) throws IOException {
        List<String> command = List.of(soffice.toString(), "--headless", "--invisible", "--nologo", "--norestore",
                "--nolockcheck", "--nodefault", "-env:UserInstallation=" + profile,
                OfficeProfile.MACRO + "(\"" + url(jobList) + "\")");
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new SmsException(Problem.error(SourceLocation.of(BuildSetting.named("soffice")), "the pdf format needs"
                    + " LibreOffice, and " + soffice + " does not start: " + e.getMessage(), OfficeLocator.INSTALL_HINT));
        }
    }

    /** Hands over each PDF that appeared since the last look (a complete one: the office renames it when done). */
    private static void collect(java.util.Set<String> names, Path out, Map<String, byte[]> collected,
                                BiConsumer<String, byte[]> converted) {
        for (String name : names) {
            Path file = out.resolve(name + ".pdf");
            if (!collected.containsKey(name) && Files.isRegularFile(file)) {
                try {
                    byte[] pdf = Files.readAllBytes(file);
                    collected.put(name, pdf);
                    converted.accept(name, pdf);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read LibreOffice's PDF " + file + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /**
     * Waits for every office, each within the limit, looking for finished PDFs every so often; an office that overruns
     * is stopped, and so are the others.
     */
    private void waitFor(List<Batch> batches, Duration limit, Runnable poll) {
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            for (Batch batch : batches) {
                while (!batch.process().waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
                    if (System.nanoTime() > deadline) {
                        batches.forEach(b -> stop(b.process()));
                        throw failure("LibreOffice (" + soffice + ") did not finish converting " + batch.documents()
                                + " documents within " + limit.toSeconds() + " s and was stopped", batch.log());
                    }
                    try {
                        poll.run();
                    } catch (RuntimeException e) {
                        batches.forEach(b -> stop(b.process()));
                        throw e;
                    }
                }
            }
        } catch (InterruptedException e) {
            batches.forEach(b -> stop(b.process()));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while LibreOffice converted the set to PDF", e);
        }
    }

    /** Ends the office and the processes it started (the soffice script starts soffice.bin). */
    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** The documents the macro could not convert; a run that never reached the macro or stopped half-way is one problem. */
    private List<Problem> failures(Path report, Path log, int documents) throws IOException {
        if (!Files.isRegularFile(report)) {
            throw failure("LibreOffice (" + soffice + ") ran but did not run the conversion macro", log);
        }
        List<Problem> problems = new ArrayList<>();
        int reported = 0;
        boolean done = false;
        for (String line : Files.readAllLines(report, StandardCharsets.ISO_8859_1)) {
            String[] fields = line.split("\t", 3);
            if (fields[0].equals("done")) {
                done = true;
            } else if (fields[0].equals("ok")) {
                reported++;
            } else if (fields[0].equals("error")) {
                reported++;
                String file = fields.length > 1 ? fields[1].substring(fields[1].lastIndexOf('/') + 1) : "?";
                problems.add(Problem.error(SourceLocation.of(BuildSetting.named("formats")), "LibreOffice could not convert "
                        + file + " to PDF: " + (fields.length > 2 ? fields[2] : "no reason given"), null));
            }
        }
        if (!done && problems.isEmpty()) {
            throw failure("LibreOffice (" + soffice + ") stopped after converting " + reported + " of " + documents
                    + " documents", log);
        }
        return problems;
    }

    /** One problem with the last lines the office printed, which usually name the cause. */
    private static SmsException failure(String message, Path log) {
        String printed = "";
        try {
            if (Files.isRegularFile(log)) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream()
                        .map(String::strip).filter(line -> !line.isEmpty()).toList();
                printed = String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
            }
        } catch (IOException e) {
            printed = "";
        }
        return new SmsException(Problem.error(SourceLocation.of(BuildSetting.named("soffice")),
                message + (printed.isEmpty() ? "" : "; it printed: " + printed),
                "run soffice --headless --convert-to pdf on one of the DOCX files by hand to see what the office says"));
    }

    private static String url(Path path) {
        return path.toAbsolutePath().toUri().toASCIIString();
    }
}
