package io.smsdocs.core.export.docx;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a house-style reference DOCX within a size limit (POI guards the zip against bombs when it opens it). */
public final class ReferenceDocuments {

    /** The largest house-style document accepted, from the project or from a pack. */
    public static final long MAX_BYTES = io.smsdocs.core.template.ReferenceDocxLimit.MAX_BYTES;

    private ReferenceDocuments() {
    }

    static byte[] read(Path reference) {
        if (reference == null) {
            return null;
        }
        try {
            if (Files.size(reference) > MAX_BYTES) {
                throw new SmsException(Problem.error(SourceLocation.of(reference.toString()),
                        "the reference DOCX is larger than 20 MB", "use a document that holds styles only"));
            }
            return Files.readAllBytes(reference);
        } catch (IOException e) {
            throw new SmsException(Problem.error(SourceLocation.of(reference.toString()),
                    "cannot read the reference DOCX: " + e.getMessage(), "check sms.referenceDocx"));
        }
    }
}
