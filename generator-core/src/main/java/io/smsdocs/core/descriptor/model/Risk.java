package io.smsdocs.core.descriptor.model;

/** A risk or opportunity of the SMS. owner is a role id. */
public record Risk(String id, String type, String description, String likelihood, String impact,
                   String treatment, String owner) {
}
