package io.smsdocs.core.programme;

import io.smsdocs.core.standard.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates the certification cycle of ISO/IEC 17021-1 and 20000-6 (reference, section 6) around the plan's
 * stage 1, stage 2 and decision milestones. A step the descriptor records as done is shown on the day it
 * took place, and the rules after it count from there.
 */
public final class CertificationRoadmapBuilder {

    /** Lead time before stage 1: the body reviews the application, quotes, contracts and staffs the audit. */
    static final int APPLICATION_LEAD_DAYS = 40;
    static final int APPLICATION_REVIEW_DAYS = 10;
    /** The audit plan reaches the organisation about a month before stage 1. */
    static final int AUDIT_PLANNING_LEAD_DAYS = 20;
    /** Nonconformity evidence is verified about two weeks before the decision, which waits for it. */
    static final int VERIFICATION_BEFORE_DECISION_DAYS = 10;
    /** Surveillance one month inside the 12-month limit, so a slipped audit still complies. */
    static final int SURVEILLANCE_MONTHS = 11;
    /** Recertification three months before expiry, leaving time for a decision before the certificate lapses. */
    static final int RECERTIFICATION_MONTHS_BEFORE_EXPIRY = 3;

    private CertificationRoadmapBuilder() {
    }

    public static CertificationRoadmap build(ImplementationPlan plan, PlanInput input) {
        WorkingCalendar calendar = new WorkingCalendar(input.holidays());
        Milestone stage1 = milestone(plan, MilestoneKind.STAGE_1);
        Milestone stage2 = milestone(plan, MilestoneKind.STAGE_2);
        Milestone decision = milestone(plan, MilestoneKind.CERTIFICATION_DECISION);
        LocalDate expiry = decision.date().plusYears(3).minusDays(1);

        Steps steps = new Steps(input.certification().completed());
        LocalDate application = steps.add(RoadmapStep.Kind.APPLICATION, "Application to the certification body",
                calendar.plus(stage1.date(), -APPLICATION_LEAD_DAYS), false,
                "about eight weeks before stage 1, so the body can review, contract and staff the audit");
        steps.add(RoadmapStep.Kind.APPLICATION_REVIEW, "Application review and contract",
                calendar.plus(application, APPLICATION_REVIEW_DAYS), false,
                "the body checks it can certify this scope, then quotes and contracts");
        steps.add(RoadmapStep.Kind.AUDIT_PLANNING, "Audit programme and plan received",
                calendar.plus(stage1.date(), -AUDIT_PLANNING_LEAD_DAYS), false,
                "after the contract the body sets the audit programme and tells the organisation");
        steps.add(RoadmapStep.Kind.STAGE_1, "Stage 1 audit", stage1.date(), stage1.given(),
                "documents, scope and readiness: internal audit and management review must have been done");
        steps.add(RoadmapStep.Kind.STAGE_2, "Stage 2 audit", stage2.date(), stage2.given(),
                "implementation and effectiveness of the SMS");
        steps.add(RoadmapStep.Kind.NONCONFORMITY_VERIFICATION, "Verification of nonconformities",
                calendar.plus(calendar.onOrAfter(decision.date()), -VERIFICATION_BEFORE_DECISION_DAYS), false,
                "major: correction and corrective action verified before the decision; minor: an accepted"
                        + " action plan, verified at the next audit");
        steps.add(RoadmapStep.Kind.CERTIFICATION_DECISION, "Certification decision", decision.date(),
                decision.given(), "starts the three-year certification cycle");
        LocalDate surveillance1 = steps.add(RoadmapStep.Kind.SURVEILLANCE_1, "First surveillance audit",
                calendar.onOrBefore(decision.date().plusMonths(SURVEILLANCE_MONTHS)), false,
                "within 12 months of the certification decision");
        steps.add(RoadmapStep.Kind.SURVEILLANCE_2, "Second surveillance audit",
                calendar.onOrBefore(surveillance1.plusYears(1)), false,
                "yearly after the first surveillance, not in the recertification year");
        steps.add(RoadmapStep.Kind.RECERTIFICATION, "Recertification audit",
                calendar.onOrBefore(expiry.minusMonths(RECERTIFICATION_MONTHS_BEFORE_EXPIRY)), false,
                "before expiry, with time for the recertification decision");
        steps.add(RoadmapStep.Kind.EXPIRY, "Certificate expiry", expiry, false,
                "three years after the certification decision");
        return new CertificationRoadmap(steps.list, ReadinessChecklist.evaluate(input));
    }

    private static Milestone milestone(ImplementationPlan plan, MilestoneKind kind) {
        return plan.milestone(kind).orElseThrow(() -> new IllegalArgumentException(
                "the plan has no " + kind.title() + " milestone (its activity " + kind.activityId() + " is missing)"));
    }

    /** The steps in order; a step the descriptor records as done takes the date it took place. */
    private static final class Steps {

        private final java.util.Map<RoadmapStep.Kind, LocalDate> completed;
        private final List<RoadmapStep> list = new ArrayList<>();

        Steps(java.util.Map<RoadmapStep.Kind, LocalDate> completed) {
            this.completed = completed;
        }

        /** Adds the step and returns its date, so later rules build on what really happened. */
        LocalDate add(RoadmapStep.Kind kind, String title, LocalDate planned, boolean given, String rule) {
            LocalDate held = completed.get(kind);
            RoadmapStep step = held != null ? new RoadmapStep(kind, title, held, true, rule, true)
                    : new RoadmapStep(kind, title, planned, given, rule, false);
            list.add(step);
            return step.date();
        }
    }
}
