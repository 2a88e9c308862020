package io.smsdocs.core.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A LibreOffice user profile of our own for one run: parallel builds, and a LibreOffice the user has open, never
 * share it. It holds the Basic library {@code SmsDocs} with the conversion macro (SmsDocsPdf.bas), and marks the
 * profile as set up, because LibreOffice would otherwise copy its presets over the library on first start.
 */
final class OfficeProfile {

    /** How the command line calls the macro: {@code macro:///SmsDocs.Pdf.ConvertAll("<jobs URL>")}. */
    static final String MACRO = "macro:///SmsDocs.Pdf.ConvertAll";

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String REGISTRY = HEADER
            + "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
            + "<item oor:path=\"/org.openoffice.Setup/Office\"><prop oor:name=\"ooSetupInstCompleted\" oor:op=\"fuse\">"
            + "<value>true</value></prop></item>\n"
            + "</oor:items>\n";
    private static final String LIBRARIES = HEADER
            + "<!DOCTYPE library:libraries PUBLIC \"-//OpenOffice.org//DTD OfficeDocument 1.0//EN\" \"libraries.dtd\">\n"
            + "<library:libraries xmlns:library=\"http://openoffice.org/2000/library\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n"
            + " <library:library library:name=\"SmsDocs\" library:link=\"false\"/>\n"
            + "</library:libraries>\n";
    private static final String LIBRARY = HEADER
            + "<!DOCTYPE library:library PUBLIC \"-//OpenOffice.org//DTD OfficeDocument 1.0//EN\" \"library.dtd\">\n"
            + "<library:library xmlns:library=\"http://openoffice.org/2000/library\" library:name=\"SmsDocs\""
            + " library:readonly=\"false\" library:passwordprotected=\"false\">\n"
            + " <library:element library:name=\"Pdf\"/>\n"
            + "</library:library>\n";

    private OfficeProfile() {
    }

    /** Writes the profile into the folder (which must be empty or missing) and returns its URL for -env:UserInstallation. */
    static String write(Path folder) {
        Path user = folder.resolve("user");
        Path library = user.resolve("basic").resolve("SmsDocs");
        try {
            Files.createDirectories(library);
            Files.writeString(user.resolve("registrymodifications.xcu"), REGISTRY, StandardCharsets.UTF_8);
            Files.writeString(user.resolve("basic").resolve("script.xlc"), LIBRARIES, StandardCharsets.UTF_8);
            Files.writeString(library.resolve("script.xlb"), LIBRARY, StandardCharsets.UTF_8);
            Files.writeString(library.resolve("Pdf.xba"), module(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a LibreOffice profile into " + folder + ": " + e.getMessage(), e);
        }
        String url = folder.toAbsolutePath().toUri().toASCIIString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String module() {
        return HEADER + "<!DOCTYPE script:module PUBLIC \"-//OpenOffice.org//DTD OfficeDocument 1.0//EN\" \"module.dtd\">\n"
                + "<script:module xmlns:script=\"http://openoffice.org/2000/script\" script:name=\"Pdf\" script:language=\"StarBasic\">"
                + macroSource().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                + "</script:module>\n";
    }

    static String macroSource() {
        try (InputStream in = OfficeProfile.class.getResourceAsStream("SmsDocsPdf.bas")) {
            if (in == null) {
                throw new IllegalStateException("SmsDocsPdf.bas is missing from the generator's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
