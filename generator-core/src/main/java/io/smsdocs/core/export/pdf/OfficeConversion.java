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

/**
 * LibreOffice as a managed process: one headless run converts every DOCX of a set to PDF through the macro of
 * {@link OfficeProfile} (contents and fields updated first), with a private profile, a time limit that grows with
 * the set, and whatever the office printed kept for the error message. Starting the office costs about a second,
 * each document about 0.15 s more, so one run per set, not one per document.
 */
final class OfficeConversion {

    private static final Duration START = Duration.ofSeconds(60);
    private static final Duration PER_DOCUMENT = Duration.ofSeconds(5);

    private final Path soffice;

    OfficeConversion(Path soffice) {
        this.soffice = soffice;
    }

    /**
     * Converts the documents, in the given order, inside the work folder (which the caller deletes).
     *
     * @param docx each document's DOCX by a name that is safe as a file name (the document id)
     * @return each document's PDF by the same name, in the same order
     */
    Map<String, byte[]> convert(Map<String, byte[]> docx, Path work) {
        try {
            Path in = Files.createDirectories(work.resolve("docx"));
            Path out = Files.createDirectories(work.resolve("pdf"));
            String profile = OfficeProfile.write(work.resolve("profile"));
            StringBuilder jobs = new StringBuilder();
            for (Map.Entry<String, byte[]> document : docx.entrySet()) {
                Path source = Files.write(in.resolve(document.getKey() + ".docx"), document.getValue());
                jobs.append(url(source)).append('\t').append(url(out.resolve(document.getKey() + ".pdf"))).append('\n');
            }
            Path jobList = Files.writeString(work.resolve("jobs.txt"), jobs, StandardCharsets.US_ASCII);
            run(profile, jobList, work.resolve("office.log"), docx.size());
            List<Problem> failures = failures(work.resolve("jobs.txt.log"), work.resolve("office.log"), docx.size());
            if (!failures.isEmpty()) {
                throw new SmsException(failures);
            }
            Map<String, byte[]> pdf = new LinkedHashMap<>();
            for (String name : docx.keySet()) {
                Path file = out.resolve(name + ".pdf");
                if (!Files.isRegularFile(file)) {
                    throw failure("LibreOffice reported " + name + " converted but wrote no PDF", work.resolve("office.log"));
                }
                pdf.put(name, Files.readAllBytes(file));
            }
            return pdf;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot convert the set to PDF in " + work + ": " + e.getMessage(), e);
        }
    }

    private void run(String profile, Path jobList, Path log, int documents) throws IOException {
        List<String> command = List.of(soffice.toString(), "--headless", "--invisible", "--nologo", "--norestore",
                "--nolockcheck", "--nodefault", "-env:UserInstallation=" + profile,
                OfficeProfile.MACRO + "(\"" + url(jobList) + "\")");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new SmsException(Problem.error(SourceLocation.of(BuildSetting.named("soffice")), "the pdf format needs"
                    + " LibreOffice, and " + soffice + " does not start: " + e.getMessage(), OfficeLocator.INSTALL_HINT));
        }
        Duration limit = START.plus(PER_DOCUMENT.multipliedBy(documents));
        try {
            if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
                stop(process);
                throw failure("LibreOffice (" + soffice + ") did not finish converting " + documents + " documents within "
                        + limit.toSeconds() + " s and was stopped", log);
            }
        } catch (InterruptedException e) {
            stop(process);
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
