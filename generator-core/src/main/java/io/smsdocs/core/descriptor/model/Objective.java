package io.smsdocs.core.descriptor.model;

/**
 * A measurable service management objective. owner is a role id; process, when set, is the id of the process
 * whose main measure the objective sets, so the process's measure tables state the objective's target.
 */
public record Objective(String id, String objective, String measure, String target, String owner, String process) {

    public Objective(String id, String objective, String measure, String target, String owner) {
        this(id, objective, measure, target, owner, null);
    }
}
