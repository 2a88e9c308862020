package io.smsdocs.core.plan;

import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.descriptor.model.Certification;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.programme.RoadmapStep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The certification steps the descriptor records as done must tell one story: a held audit on the day the
 * descriptor plans it, no step done before one it follows, and the dates in the order of the steps.
 */
final class CertificationRecords {

    private CertificationRecords() {
    }

    static List<Problem> check(LoadedDescriptor loaded) {
        Certification certification = loaded.descriptor().certification();
        Map<String, LocalDate> completed = certification.completed();
        List<Problem> problems = new ArrayList<>();
        sameDay(loaded, completed, RoadmapStep.Kind.STAGE_1, "stage1", certification.stage1(), problems);
        sameDay(loaded, completed, RoadmapStep.Kind.STAGE_2, "stage2", certification.stage2(), problems);
        sameDay(loaded, completed, RoadmapStep.Kind.CERTIFICATION_DECISION, "decision", certification.decision(), problems);
        RoadmapStep.Kind latestDone = null;
        for (RoadmapStep.Kind kind : RoadmapStep.Kind.values()) {
            LocalDate held = completed.get(kind.id());
            if (held == null) {
                continue;
            }
            for (RoadmapStep.Kind earlier : RoadmapStep.Kind.values()) {
                if (earlier.ordinal() < kind.ordinal() && !earlier.optional() && !completed.containsKey(earlier.id())) {
                    problems.add(Problem.warning(loaded.tree().keyAt("/certification/completed/" + kind.id()),
                            "certification.completed records " + kind.id() + " but not " + earlier.id() + ", which comes before it",
                            "add " + earlier.id() + " with the date it took place"));
                    break;
                }
            }
            if (latestDone != null && held.isBefore(completed.get(latestDone.id()))) {
                problems.add(Problem.warning(loaded.tree().valueAt("/certification/completed/" + kind.id()),
                        "certification.completed dates " + kind.id() + " " + held + ", before " + latestDone.id() + " ("
                                + completed.get(latestDone.id()) + "), which comes before it", "check both dates"));
            }
            latestDone = kind;
        }
        return problems;
    }

    private static void sameDay(LoadedDescriptor loaded, Map<String, LocalDate> completed, RoadmapStep.Kind kind, String key,
                                LocalDate planned, List<Problem> problems) {
        LocalDate held = completed.get(kind.id());
        if (held != null && planned != null && !held.equals(planned)) {
            problems.add(Problem.warning(loaded.tree().valueAt("/certification/completed/" + kind.id()),
                    "certification.completed dates " + kind.id() + " " + held + ", but certification." + key + " is " + planned
                            + "; the documents show the day it took place", "write the same date in certification." + key));
        }
    }
}
