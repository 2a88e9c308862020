package io.smsdocs.core.descriptor.model;

/** Gap-assessment status of one clause: missing, partial or implemented. note may be null. */
public record Gap(String clause, String status, String note) {
}
