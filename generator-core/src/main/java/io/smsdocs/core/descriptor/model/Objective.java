package io.smsdocs.core.descriptor.model;

/** A measurable service management objective. owner is a role id. */
public record Objective(String id, String objective, String measure, String target, String owner) {
}
