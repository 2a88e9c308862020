package io.smsdocs.core.export.pdf;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.testing.FileTrees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Asking for pdf where LibreOffice is missing or broken: one line that says what to install, before anything is
 * written, and the earlier output stays byte-identical. Needs no LibreOffice.
 */
class PdfWithoutOfficeTest {

    private static final Path MINIMAL = Path.of("src/test/resources/descriptors/minimal.yaml");

    @TempDir
    Path dir;

    @Test
    void aPathWithoutSofficeNamesThePackagesToInstall() {
        SmsException e = catchThrowableOfType(SmsException.class, () -> OfficeLocator.locate(null, dir.toString()));
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).format()).isEqualTo("sms.formats: the pdf format needs LibreOffice, and no soffice"
                + " program is on the PATH; install libreoffice-writer-nogui and fonts-crosextra-carlito (Debian, Ubuntu) or"
                + " LibreOffice from libreoffice.org, or set sms.soffice=/path/to/soffice");
    }

    @Test
    void aSofficeOnThePathIsFound() throws IOException {
        Path soffice = executable(dir.resolve("bin/soffice"), "#!/bin/sh\n");
        assertThat(OfficeLocator.locate(null, "/nowhere" + java.io.File.pathSeparator + soffice.getParent())).isEqualTo(soffice);
    }

    @Test
    void aConfiguredSofficeThatIsMissingFailsBeforeAnythingIsWritten() throws IOException {
        Path out = dir.resolve("out");
        new SmsGenerator().generate(GenerationRequest.of(MINIMAL, null, out, List.of("markdown")));
        Map<String, byte[]> before = FileTrees.snapshot(dir);

        GenerationRequest pdf = GenerationRequest.builder(MINIMAL, out).formats(List.of("markdown", "docx", "pdf"))
                .soffice(dir.resolve("no/such/soffice")).force(true).build();
        SmsException e = catchThrowableOfType(SmsException.class, () -> new SmsGenerator().generate(pdf));

        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).format()).startsWith("sms.soffice: the pdf format needs LibreOffice, and "
                + dir.resolve("no/such/soffice") + " is no soffice program that can be run; install libreoffice-writer-nogui");
        assertThat(FileTrees.snapshot(dir)).as("the earlier output, byte for byte").containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void anOfficeThatDoesNotRunTheMacroIsOneClearErrorAndWritesNothing() throws IOException {
        Path broken = executable(dir.resolve("broken/soffice"), "#!/bin/sh\necho 'soffice.bin: cannot open shared object' >&2\nexit 127\n");
        Path out = dir.resolve("out");
        GenerationRequest pdf = GenerationRequest.builder(MINIMAL, out).formats(List.of("pdf")).soffice(broken).build();

        assertThatThrownBy(() -> new SmsGenerator().generate(pdf)).isInstanceOfSatisfying(SmsException.class, e -> {
            assertThat(e.problems()).hasSize(1);
            assertThat(e.problems().get(0).format()).startsWith("sms.soffice: LibreOffice (" + broken
                    + ") ran but did not run the conversion macro; it printed: soffice.bin: cannot open shared object");
        });
        assertThat(out).doesNotExist();
    }

    private static Path executable(Path file, String script) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, script);
        if (!System.getProperty("os.name").startsWith("Windows")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return file;
    }
}
