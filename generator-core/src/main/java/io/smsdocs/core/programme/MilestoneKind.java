package io.smsdocs.core.programme;

/** The dated events the plan and the certification roadmap are anchored on, with the activity each one starts. */
public enum MilestoneKind {
    FIRST_INTERNAL_AUDIT("First internal audit", "P3-02"),
    FIRST_MANAGEMENT_REVIEW("First management review", "P3-03"),
    STAGE_1("Stage 1 audit", "POST-01"),
    STAGE_2("Stage 2 audit", "POST-03"),
    CERTIFICATION_DECISION("Certification decision", "POST-04");

    private final String title;
    private final String activityId;

    MilestoneKind(String title, String activityId) {
        this.title = title;
        this.activityId = activityId;
    }

    public String title() {
        return title;
    }

    /** The catalogue activity whose start (or, for the decision, end) is the milestone. */
    public String activityId() {
        return activityId;
    }
}
