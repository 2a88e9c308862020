package io.smsdocs.core.descriptor.model;

import java.time.LocalDate;

/** Certification audit planning; every field may be null. */
public record Certification(String body, LocalDate stage1, LocalDate stage2) {
}
