package io.smsdocs.core.programme;

import io.smsdocs.core.descriptor.model.Certification;
import io.smsdocs.core.descriptor.model.Descriptor;
import io.smsdocs.core.descriptor.model.Implementation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Computes the programme from the descriptor: the plan starts on implementation.start, else on the
 * effective date; with neither it is undated.
 */
public final class ProgrammeBuilder {

    /** A Monday, far from any real plan: an undated plan is scheduled from here and shown in weeks. */
    public static final LocalDate NOMINAL_START = LocalDate.of(2001, 1, 1);

    private ProgrammeBuilder() {
    }

    public static Programme build(Descriptor descriptor, String edition) {
        Implementation implementation = descriptor.implementation();
        LocalDate start = implementation.start() != null ? implementation.start() : descriptor.sms().effectiveDate();
        boolean dated = start != null;
        PlanInput input = new PlanInput(dated ? start : NOMINAL_START, edition, gaps(implementation), overrides(implementation),
                assessments(implementation), certification(descriptor.certification()),
                processId -> descriptor.processes().containsKey(processId) ? descriptor.processes().get(processId).owner() : null,
                new LinkedHashSet<>(implementation.holidays()), symbolicOwners(descriptor), capacities(descriptor));
        ImplementationPlan plan = ImplementationPlanner.plan(input);
        return new Programme(plan, CertificationRoadmapBuilder.build(plan, input), dated);
    }

    private static Map<String, GapStatus> gaps(Implementation implementation) {
        Map<String, GapStatus> gaps = new LinkedHashMap<>();
        implementation.gaps().forEach(gap -> gaps.put(gap.clause(), GapStatus.parse(gap.status())));
        return gaps;
    }

    private static Map<String, ActivityOverride> overrides(Implementation implementation) {
        Map<String, ActivityOverride> overrides = new LinkedHashMap<>();
        implementation.overrides().forEach((id, setting) -> overrides.put(id, new ActivityOverride(setting.effortDays(), setting.owner())));
        return overrides;
    }

    private static List<ProcessAssessment> assessments(Implementation implementation) {
        List<ProcessAssessment> assessments = new ArrayList<>();
        for (Implementation.Assessment row : implementation.assessment()) {
            Map<String, Rating> ratings = new LinkedHashMap<>();
            row.ratings().forEach((attribute, rating) -> ratings.put(attribute, Rating.valueOf(rating)));
            assessments.add(new ProcessAssessment(row.process(), row.current(), row.target(), ratings));
        }
        return assessments;
    }

    /** The catalogue names two owners by their part in the SMS; the descriptor says which roles those are. */
    private static Map<String, String> symbolicOwners(Descriptor descriptor) {
        return Map.of("top-management", descriptor.sms().topManagement(), "sms-manager", descriptor.sms().documentControl().owner());
    }

    private static Map<String, Integer> capacities(Descriptor descriptor) {
        Map<String, Integer> capacities = new LinkedHashMap<>();
        descriptor.roles().forEach(role -> capacities.put(role.id(), role.capacityPercent()));
        return capacities;
    }

    /**
     * A step recorded as done fixes its date: a stage 1, stage 2 or decision held on a day replaces the date
     * agreed for it (planning warns when both are written and differ).
     */
    private static CertificationInput certification(Certification certification) {
        Map<RoadmapStep.Kind, LocalDate> completed = new LinkedHashMap<>();
        certification.completed().forEach((id, date) -> RoadmapStep.Kind.byId(id).ifPresent(kind -> completed.put(kind, date)));
        return new CertificationInput(certification.internalAudit(), certification.managementReview(),
                orHeld(certification.stage1(), completed, RoadmapStep.Kind.STAGE_1),
                orHeld(certification.stage2(), completed, RoadmapStep.Kind.STAGE_2),
                orHeld(certification.decision(), completed, RoadmapStep.Kind.CERTIFICATION_DECISION),
                certification.internalAuditDone(), certification.managementReviewDone(), completed);
    }

    private static LocalDate orHeld(LocalDate given, Map<RoadmapStep.Kind, LocalDate> completed, RoadmapStep.Kind kind) {
        return completed.getOrDefault(kind, given);
    }
}
