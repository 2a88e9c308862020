package io.smsdocs.core.api;

import io.smsdocs.core.descriptor.LoadedDescriptor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Files the descriptor or the build names (logo, reference DOCX) must exist before anything is
 * written; a missing one is reported at the line that names it.
 */
final class AssetChecks {

    private final LoadedDescriptor loaded;
    private final Path assetDirectory;

    AssetChecks(LoadedDescriptor loaded, Path assetDirectory) {
        this.loaded = loaded;
        this.assetDirectory = assetDirectory;
    }

    /** The reference DOCX to use: the build's if given, else the descriptor's, else none. */
    Path referenceDocx(Path fromBuild) {
        List<Problem> problems = new ArrayList<>();
        String logo = loaded.descriptor().organization().logo();
        if (logo != null && !Files.isRegularFile(assetDirectory.resolve(logo))) {
            problems.add(Problem.error(loaded.tree().valueAt("/organization/logo"), "organization.logo names the missing file '"
                    + logo + "'", "the path is relative to the descriptor's folder"));
        }
        Path reference = fromBuild;
        String fromDescriptor = loaded.descriptor().sms().referenceDocx();
        if (reference == null && fromDescriptor != null) {
            reference = assetDirectory.resolve(fromDescriptor);
            if (!Files.isRegularFile(reference)) {
                problems.add(Problem.error(loaded.tree().valueAt("/sms/referenceDocx"), "sms.referenceDocx names the missing file '"
                        + fromDescriptor + "'", "the path is relative to the descriptor's folder"));
            }
        } else if (reference != null && !Files.isRegularFile(reference)) {
            problems.add(Problem.error(SourceLocation.of(reference.toString()), "the reference DOCX does not exist",
                    "check the sms.referenceDocx parameter"));
        }
        if (!problems.isEmpty()) {
            throw new SmsException(problems);
        }
        return reference;
    }
}
