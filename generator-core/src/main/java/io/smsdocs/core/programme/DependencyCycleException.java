package io.smsdocs.core.programme;

import java.util.List;

/** Activities that depend on each other in a circle, so none of them can start. */
public final class DependencyCycleException extends IllegalArgumentException {

    private final List<String> cycle;

    public DependencyCycleException(List<String> cycle) {
        super("activities depend on each other in a cycle: " + String.join(" -> ", cycle));
        this.cycle = List.copyOf(cycle);
    }

    /** The ids around the cycle; the first id is repeated at the end. */
    public List<String> cycle() {
        return cycle;
    }
}
