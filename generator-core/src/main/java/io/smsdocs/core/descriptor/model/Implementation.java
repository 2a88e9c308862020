package io.smsdocs.core.descriptor.model;

import java.time.LocalDate;
import java.util.List;

/** The implementation project: start date (may be null) and gap-assessment results. */
public record Implementation(LocalDate start, List<Gap> gaps) {

    public Implementation {
        gaps = List.copyOf(gaps);
    }
}
