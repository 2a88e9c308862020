package io.smsdocs.core.descriptor.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The implementation project: start date (may be null), gap-assessment results, per-activity overrides
 * of the computed plan, the capability self-assessment, and non-working days besides weekends.
 */
public record Implementation(LocalDate start, List<Gap> gaps, Map<String, ActivitySetting> overrides,
                             List<Assessment> assessment, List<LocalDate> holidays) {

    /** What the descriptor changes about one activity of the plan; either may be null. */
    public record ActivitySetting(Integer effortDays, String owner) {
    }

    /** Capability self-assessment of one process: levels 0–5 and optional attribute ratings (PA2.1 → "L"). */
    public record Assessment(String process, int current, int target, Map<String, String> ratings) {
        public Assessment {
            ratings = Map.copyOf(ratings);
        }
    }

    public Implementation {
        gaps = List.copyOf(gaps);
        overrides = Map.copyOf(overrides);
        assessment = List.copyOf(assessment);
        holidays = List.copyOf(holidays);
    }

    public Implementation(LocalDate start, List<Gap> gaps) {
        this(start, gaps, Map.of(), List.of(), List.of());
    }
}
