package io.smsdocs.core.export.docx;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SourceLocation;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.descriptor.LoadedDescriptor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Files the descriptor or the build names (logo, reference DOCX) must exist before anything is
 * written; a missing one is reported at the line that names it.
 */
public final class ExportAssets {

    private final LoadedDescriptor loaded;
    private final Path assetDirectory;

    public ExportAssets(LoadedDescriptor loaded, Path assetDirectory) {
        this.loaded = loaded;
        this.assetDirectory = assetDirectory;
    }

    /** The reference DOCX to use: the build's if given, else the descriptor's, else none. */
    public Path referenceDocx(Path fromBuild) {
        List<Problem> problems = new ArrayList<>();
        String logo = loaded.descriptor().organization().logo();
        if (logo != null && !Files.isRegularFile(assetDirectory.resolve(logo))) {
            problems.add(Problem.error(loaded.tree().valueAt("/organization/logo"), "organization.logo names the missing file '"
                    + logo + "'", "the path is relative to the descriptor's folder"));
        } else if (logo != null && new ImageLoader(assetDirectory).load(logo) == null) {
            problems.add(Problem.error(loaded.tree().valueAt("/organization/logo"), "organization.logo '" + logo
                    + "' is not a usable image", "use a PNG, JPEG or GIF inside the descriptor's folder, at most 10 MB and"
                    + " 10,000 pixels a side"));
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
                    "check the " + io.smsdocs.core.problem.BuildSetting.named("referenceDocx") + " setting of the build"));
        }
        if (problems.isEmpty() && reference != null) {
            usableWordDocument(reference, fromBuild == null ? loaded.tree().valueAt("/sms/referenceDocx")
                    : SourceLocation.of(reference.toString())).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new SmsException(problems);
        }
        return reference;
    }

    /** Opens the house-style document once, within POI's zip-bomb limits, so a bad one fails here with its location. */
    private static java.util.Optional<Problem> usableWordDocument(Path reference, SourceLocation at) {
        try {
            if (Files.size(reference) > ReferenceDocuments.MAX_BYTES) {
                return java.util.Optional.of(Problem.error(at, "the reference DOCX is larger than 20 MB",
                        "use a document that holds styles only"));
            }
            try (var in = Files.newInputStream(reference); var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
                return java.util.Optional.empty();
            }
        } catch (Exception e) {
            String reason = (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""))
                    .replaceAll("\\.$", "");
            return java.util.Optional.of(Problem.error(at, "the reference DOCX is not a usable Word document: " + reason,
                    "save a .docx from Word or LibreOffice that holds the styles to use"));
        }
    }
}
