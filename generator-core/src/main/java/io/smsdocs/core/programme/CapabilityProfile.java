package io.smsdocs.core.programme;

import java.util.List;

/** The capability self-assessment of every assessed process, in input order. */
public record CapabilityProfile(List<ProcessCapability> processes) {

    public static final CapabilityProfile EMPTY = new CapabilityProfile(List.of());

    public CapabilityProfile {
        processes = List.copyOf(processes);
    }

    /** Every finding, prefixed with its process id. */
    public List<String> findings() {
        return processes.stream().flatMap(p -> p.findings().stream().map(f -> p.processId() + ": " + f)).toList();
    }

    public List<CapabilityGapAction> actions() {
        return processes.stream().flatMap(p -> p.actions().stream()).toList();
    }
}
