package io.smsdocs.core.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Milestones from given certification dates or from the schedule. Given dates also pin the activity they
 * start, so the Gantt chart and the milestones agree.
 */
final class MilestonePlanner {

    private MilestonePlanner() {
    }

    static Map<String, LocalDate> pinnedStarts(CertificationInput certification) {
        Map<String, LocalDate> pinned = new LinkedHashMap<>();
        put(pinned, MilestoneKind.FIRST_INTERNAL_AUDIT, certification.internalAudit());
        put(pinned, MilestoneKind.FIRST_MANAGEMENT_REVIEW, certification.managementReview());
        put(pinned, MilestoneKind.STAGE_1, certification.stage1());
        put(pinned, MilestoneKind.STAGE_2, certification.stage2());
        return pinned;
    }

    static List<Milestone> milestones(Map<String, Scheduler.Dates> dates, CertificationInput certification) {
        List<Milestone> milestones = new ArrayList<>();
        add(milestones, MilestoneKind.FIRST_INTERNAL_AUDIT, certification.internalAudit(), dates,
                "starts once every process has been built out and the audit programme exists");
        add(milestones, MilestoneKind.FIRST_MANAGEMENT_REVIEW, certification.managementReview(), dates,
                "follows the first internal audit, whose results are one of its inputs");
        add(milestones, MilestoneKind.STAGE_1, certification.stage1(), dates,
                "ten working days after the readiness check: the certification body needs the audit and review"
                        + " records and a free slot");
        add(milestones, MilestoneKind.STAGE_2, certification.stage2(), dates,
                "about six weeks after stage 1, leaving time to resolve the concerns stage 1 raises");
        LocalDate givenDecision = certification.decision();
        Scheduler.Dates correction = dates.get(MilestoneKind.CERTIFICATION_DECISION.activityId());
        if (givenDecision != null) {
            milestones.add(new Milestone(MilestoneKind.CERTIFICATION_DECISION,
                    MilestoneKind.CERTIFICATION_DECISION.title(), givenDecision, true, "date given"));
        } else if (correction != null) {
            milestones.add(new Milestone(MilestoneKind.CERTIFICATION_DECISION,
                    MilestoneKind.CERTIFICATION_DECISION.title(), correction.end(), false,
                    "after major nonconformities are corrected and verified and minor ones have accepted action plans"));
        }
        return milestones;
    }

    private static void add(List<Milestone> milestones, MilestoneKind kind, LocalDate given,
                            Map<String, Scheduler.Dates> dates, String rule) {
        Scheduler.Dates scheduled = dates.get(kind.activityId());
        if (scheduled != null) {
            // A pinned activity starts on the given date (rolled to a working day), so both agree.
            milestones.add(new Milestone(kind, kind.title(), scheduled.start(), given != null,
                    given != null ? "date given" : rule));
        }
    }

    private static void put(Map<String, LocalDate> pinned, MilestoneKind kind, LocalDate date) {
        if (date != null) {
            pinned.put(kind.activityId(), date);
        }
    }
}
