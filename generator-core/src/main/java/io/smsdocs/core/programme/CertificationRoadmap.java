package io.smsdocs.core.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The dated certification timeline plus the readiness checklist. */
public record CertificationRoadmap(List<RoadmapStep> steps, List<ReadinessItem> readiness) {

    public CertificationRoadmap {
        steps = List.copyOf(steps);
        readiness = List.copyOf(readiness);
    }

    public Optional<RoadmapStep> step(RoadmapStep.Kind kind) {
        return steps.stream().filter(s -> s.kind() == kind).findFirst();
    }

    public LocalDate dateOf(RoadmapStep.Kind kind) {
        return step(kind).map(RoadmapStep::date).orElseThrow();
    }

    /** True when every readiness item passes. */
    public boolean ready() {
        return readiness.stream().allMatch(ReadinessItem::passed);
    }
}
