package io.smsdocs.core.descriptor.model;

/** Settings of one process. owner is a role id; tool may be null. */
public record ProcessSetting(String id, String owner, String tool, String reviewFrequency) {
}
