package io.smsdocs.core.export.docx;

import io.smsdocs.core.api.Problem;
import io.smsdocs.core.api.SmsException;
import io.smsdocs.core.api.SourceLocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads a house-style reference DOCX once, within a size limit (POI guards the zip against bombs). */
final class ReferenceDocuments {

    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Map<Path, byte[]> CACHE = new ConcurrentHashMap<>();

    private ReferenceDocuments() {
    }

    static byte[] read(Path reference) {
        if (reference == null) {
            return null;
        }
        return CACHE.computeIfAbsent(reference.toAbsolutePath().normalize(), path -> {
            try {
                if (Files.size(path) > MAX_BYTES) {
                    throw new SmsException(Problem.error(SourceLocation.of(reference.toString()),
                            "the reference DOCX is larger than 20 MB", "use a document that holds styles only"));
                }
                return Files.readAllBytes(path);
            } catch (IOException e) {
                throw new SmsException(Problem.error(SourceLocation.of(reference.toString()),
                        "cannot read the reference DOCX: " + e.getMessage(), "check sms.referenceDocx"));
            }
        });
    }
}
