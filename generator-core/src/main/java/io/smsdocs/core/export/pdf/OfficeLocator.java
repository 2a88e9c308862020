package io.smsdocs.core.export.pdf;

import io.smsdocs.core.problem.BuildSetting;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds LibreOffice's {@code soffice}: the configured path (sms.soffice) when there is one, else the PATH, else
 * the places the installers of macOS and Windows use. Not finding it is a user's problem with one line that
 * says what to install, raised before anything is rendered or written.
 */
final class OfficeLocator {

    static final String INSTALL_HINT = "install libreoffice-writer-nogui and fonts-crosextra-carlito (Debian, Ubuntu) or"
            + " LibreOffice from libreoffice.org, or set " + BuildSetting.assigned("soffice", "/path/to/soffice");

    private static final List<String> NAMES = List.of("soffice", "soffice.exe", "soffice.com", "libreoffice");
    private static final List<String> INSTALLED = List.of("/Applications/LibreOffice.app/Contents/MacOS/soffice",
            "C:\\Program Files\\LibreOffice\\program\\soffice.exe", "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe");

    private OfficeLocator() {
    }

    /**
     * @param configured  sms.soffice, or null to search
     * @param searchPath  the PATH to search (the process's own, except in tests)
     */
    static Path locate(Path configured, String searchPath) {
        if (configured != null) {
            Path path = executable(configured.toString());
            if (path == null) {
                throw new SmsException(Problem.error(SourceLocation.of(BuildSetting.named("soffice")), "the pdf format needs"
                        + " LibreOffice, and " + configured + " is no soffice program that can be run", INSTALL_HINT));
            }
            return path;
        }
        List<String> candidates = new ArrayList<>();
        if (searchPath != null) {
            for (String directory : searchPath.split(File.pathSeparator)) {
                if (!directory.isBlank()) {
                    NAMES.forEach(name -> candidates.add(directory + File.separator + name));
                }
            }
        }
        candidates.addAll(INSTALLED);
        for (String candidate : candidates) {
            Path path = executable(candidate);
            if (path != null) {
                return path;
            }
        }
        throw new SmsException(Problem.error(SourceLocation.of(BuildSetting.named("formats")),
                "the pdf format needs LibreOffice, and no soffice program is on the PATH", INSTALL_HINT));
    }

    static Path locate(Path configured) {
        return locate(configured, System.getenv("PATH"));
    }

    private static Path executable(String candidate) {
        try {
            Path path = Path.of(candidate).toAbsolutePath();
            return Files.isRegularFile(path) && Files.isExecutable(path) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
