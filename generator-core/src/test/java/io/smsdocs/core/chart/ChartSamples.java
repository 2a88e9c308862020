package io.smsdocs.core.chart;

import io.smsdocs.core.programme.CertificationInput;
import io.smsdocs.core.programme.GapStatus;
import io.smsdocs.core.programme.ImplementationPlan;
import io.smsdocs.core.programme.ImplementationPlanner;
import io.smsdocs.core.programme.PlanInput;
import io.smsdocs.core.programme.ProcessAssessment;
import io.smsdocs.core.programme.Rating;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A realistic plan for the chart tests; main() writes sample charts for a visual check. */
final class ChartSamples {

    private ChartSamples() {
    }

    static PlanInput input() {
        return PlanInput.of(LocalDate.of(2025, 3, 1), "2018")
                .withGaps(Map.of("8.6.1", GapStatus.PARTIAL, "8.6.2", GapStatus.IMPLEMENTED, "7.5", GapStatus.PARTIAL,
                        "8.2.6", GapStatus.PARTIAL, "8.7.3", GapStatus.IMPLEMENTED))
                .withAssessments(List.of(
                        new ProcessAssessment("incident-management", 2, 3,
                                Map.of("PA1.1", Rating.F, "PA2.1", Rating.L, "PA2.2", Rating.L)),
                        new ProcessAssessment("change-management", 1, 3),
                        new ProcessAssessment("release-and-deployment-management", 0, 2),
                        new ProcessAssessment("service-level-management", 2, 2),
                        new ProcessAssessment("information-security-management", 3, 4),
                        new ProcessAssessment("business-relationship-management", 1, 2)))
                .withCertification(new CertificationInput(null, null, null, null, null, false, false));
    }

    static ImplementationPlan plan() {
        return ImplementationPlanner.plan(input());
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/smsdocs-charts");
        Files.createDirectories(dir);
        ImplementationPlan plan = plan();
        Files.write(dir.resolve("gantt.png"), GanttChart.png(plan));
        Files.writeString(dir.resolve("gantt.svg"), GanttChart.svg(plan));
        Files.write(dir.resolve("capability.png"), CapabilityChart.png(plan.capability()));
        Files.writeString(dir.resolve("capability.svg"), CapabilityChart.svg(plan.capability()));
    }
}
