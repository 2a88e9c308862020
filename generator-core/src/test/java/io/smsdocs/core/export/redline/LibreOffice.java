package io.smsdocs.core.export.redline;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * Runs LibreOffice headless to convert a file, as a second reader of what we write. LibreOffice is a required
 * tool of the build (installed here and in CI by .ci/run): when it is missing the test fails and says so, it is
 * not skipped, because a skipped reader check is a check that cannot fail.
 */
final class LibreOffice {

    private LibreOffice() {
    }

    /** Converts {@code input} with an export filter ("docx:MS Word 2007 XML", "pdf", "txt:Text") into {@code outDir}. */
    static Path convert(Path input, String filter, Path outDir) throws IOException, InterruptedException {
        String soffice = soffice();
        Files.createDirectories(outDir);
        // A private profile per run, so parallel builds on one machine do not share (and lock) one.
        Path profile = Files.createTempDirectory("soffice-profile");
        Process process = new ProcessBuilder(List.of(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", filter, "--outdir", outDir.toString(), input.toString()))
                .redirectErrorStream(true).start();
        boolean finished = process.waitFor(180, TimeUnit.SECONDS);
        String log = new String(process.getInputStream().readAllBytes());
        if (!finished) {
            process.destroyForcibly();
            fail("LibreOffice did not finish converting " + input + " within 3 minutes");
        }
        String extension = filter.contains(":") ? filter.substring(0, filter.indexOf(':')) : filter;
        String name = input.getFileName().toString();
        Path output = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
        if (process.exitValue() != 0 || !Files.exists(output)) {
            fail("LibreOffice could not convert " + input + " (exit " + process.exitValue() + "): " + log);
        }
        return output;
    }

    private static String soffice() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return fail("LibreOffice (soffice) is not installed or not on the PATH: this test converts the redline with it to check "
                + "that an office suite reads the tracked changes; install it (apt-get install libreoffice-writer), as .ci/run does");
    }
}
