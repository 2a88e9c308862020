package io.smsdocs.core.descriptor.model;

import java.time.LocalDate;

/** One row of a document's revision history. */
public record Revision(String version, LocalDate date, String author, String description) {
}
