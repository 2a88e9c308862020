package io.smsdocs.core.descriptor.model;

/** Defaults for every document's control block; owner and approver are role ids. */
public record DocumentControl(String classification, int reviewIntervalMonths, String owner, String approver) {
}
