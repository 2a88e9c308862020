package io.smsdocs.core.model;

import io.smsdocs.core.chart.CapabilityChart;
import io.smsdocs.core.chart.GanttChart;
import io.smsdocs.core.descriptor.model.Descriptor;
import io.smsdocs.core.descriptor.model.Gap;
import io.smsdocs.core.programme.Programme;
import io.smsdocs.core.programme.CapabilityGapAction;
import io.smsdocs.core.programme.CertificationEdition;
import io.smsdocs.core.programme.CertificationRoadmap;
import io.smsdocs.core.programme.DateConflict;
import io.smsdocs.core.programme.ImplementationPlan;
import io.smsdocs.core.programme.Milestone;
import io.smsdocs.core.programme.OwnerLoad;
import io.smsdocs.core.programme.ProcessAttribute;
import io.smsdocs.core.programme.ProcessCapability;
import io.smsdocs.core.programme.ReadinessItem;
import io.smsdocs.core.programme.Reason;
import io.smsdocs.core.programme.RoadmapStep;
import io.smsdocs.core.programme.ScheduledActivity;
import io.smsdocs.core.standard.Stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The programme computed in the planning stage (implementation plan, certification roadmap, capability
 * profile) as template data, and the charts drawn from it. An undated plan shows week numbers.
 */
final class ProgrammeModel {

    static final String GANTT_PNG = "images/implementation-plan-gantt.png";
    static final String GANTT_SVG = "images/implementation-plan-gantt.svg";
    static final String CAPABILITY_PNG = "images/capability-profile.png";
    static final String CAPABILITY_SVG = "images/capability-profile.svg";

    private static final Map<Stage, String> PHASE_LABELS = Map.of(Stage.INITIATION, "Initiation", Stage.PHASE_1, "Phase 1",
            Stage.PHASE_2, "Phase 2", Stage.PHASE_3, "Phase 3", Stage.POST_IMPLEMENTATION, "Post");

    private final ImplementationPlan plan;
    /** The plan with its titles in the set's language, as the charts draw it. */
    private final ImplementationPlan drawn;
    private final CertificationRoadmap roadmap;
    private final boolean dated;
    private final Map<String, Supplier<byte[]>> images = new LinkedHashMap<>();

    private final PlanTexts texts;
    private final List<Gap> gaps;
    private final PlanDates dates;
    private final Map<String, String> messages;
    private final DisplayDates displayDates;

    /**
     * @param programme the programme computed in the planning stage
     * @param messages  the set's fixed texts, which put the engine's English into the set's language
     */
    ProgrammeModel(Programme programme, Descriptor descriptor, String edition, Map<String, String> messages,
                   java.util.function.Function<String, String> clauseTitle, DisplayDates dates) {
        this.messages = messages;
        this.displayDates = dates;
        this.texts = new PlanTexts(messages, clauseTitle, edition);
        this.dates = new PlanDates(programme.dated(), dates, messages);
        this.dated = programme.dated();
        this.gaps = descriptor.implementation().gaps();
        this.plan = programme.plan();
        this.roadmap = programme.roadmap();
        ImplementationPlan drawn = inLanguage(plan);
        this.drawn = drawn;
        if (dated) {
            images.put(GANTT_PNG, () -> GanttChart.png(drawn, messages));
            images.put(GANTT_SVG, () -> GanttChart.svg(drawn, messages).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (!plan.capability().processes().isEmpty()) {
            images.put(CAPABILITY_PNG, () -> CapabilityChart.png(plan.capability(), messages));
            images.put(CAPABILITY_SVG, () -> CapabilityChart.svg(plan.capability(), messages).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** The plan with its activity and milestone titles in the set's language, for the Gantt chart's labels. */
    private ImplementationPlan inLanguage(ImplementationPlan plan) {
        if (messages.isEmpty()) {
            return plan;
        }
        List<ScheduledActivity> activities = plan.activities().stream().map(a -> new ScheduledActivity(a.id(), a.stage(), texts.activity(a),
                a.clauses(), a.owner(), a.ownerRole(), a.effortDays(), a.catalogueEffortDays(), a.treatment(), a.why(), a.dependsOn(),
                a.start(), a.end(), a.durationDays(), a.fromCapability())).toList();
        List<Milestone> milestones = plan.milestones().stream()
                .map(m -> new Milestone(m.kind(), texts.milestone(m), m.date(), m.given(), m.basis())).toList();
        return new ImplementationPlan(plan.edition(), plan.start(), plan.end(), activities, milestones, plan.capability(),
                plan.conflicts(), plan.owners(), plan.endWithoutCapacityLimits());
    }

    /** The pictures templates may link (images/...), drawn only when a document links them. */
    Map<String, Supplier<byte[]>> images() {
        return Collections.unmodifiableMap(images);
    }

    /** The Gantt chart as SVG with a line at the status date; null when the plan has no dates. */
    String ganttSvg(java.time.LocalDate statusDate) {
        return dated ? GanttChart.svg(drawn, messages, statusDate) : null;
    }

    /** Whether the Gantt chart shows the status date as a line: it has dates and the date lies within its months. */
    boolean ganttShows(java.time.LocalDate statusDate) {
        return dated && GanttChart.shows(drawn, statusDate);
    }

    /** The capability profile as SVG; null when no process was assessed. */
    String capabilitySvg() {
        return plan.capability().processes().isEmpty() ? null : CapabilityChart.svg(plan.capability(), messages);
    }

    Map<String, Object> plan(Map<String, Map<String, Object>> roles) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("dated", dated);
        model.put("edition", plan.edition());
        model.put("start", label(plan.start()));
        model.put("end", label(plan.end()));
        List<Object> all = new ArrayList<>();
        Map<Stage, List<Object>> byStage = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            byStage.put(stage, new ArrayList<>());
        }
        List<Object> dropped = new ArrayList<>();
        for (ScheduledActivity activity : plan.activities()) {
            Map<String, Object> row = activity(activity, roles);
            if (activity.dropped()) {
                dropped.add(row);
            } else {
                all.add(row);
                byStage.get(activity.stage()).add(row);
            }
        }
        List<Object> stages = new ArrayList<>();
        byStage.forEach((stage, rows) -> stages.add(TemplateModelFactory.map("key", stage.key(), "title", texts.stage(stage),
                "focus", messages.get("stage." + stage.key() + ".focus"), "activities", List.copyOf(rows),
                "effortDays", rows.stream().mapToInt(r -> (Integer) ((Map<?, ?>) r).get("effortDays")).sum())));
        model.put("stages", List.copyOf(stages));
        model.put("activities", List.copyOf(all));
        model.put("dropped", List.copyOf(dropped));
        // The gap assessment the plan is computed from, counted by rating.
        model.put("assessed", TemplateModelFactory.map("total", gaps.size(), "implemented", count("implemented"),
                "partial", count("partial"), "missing", count("missing")));
        model.put("shortenedCount", (int) plan.scheduled().stream().filter(ScheduledActivity::shortened).count());
        model.put("effortDays", plan.scheduled().stream().mapToInt(ScheduledActivity::effortDays).sum());
        // Building out the SMS compares with the same programme at full scope; capability work comes on top.
        model.put("buildOutEffortDays", plan.scheduled().stream().filter(a -> !a.fromCapability()).mapToInt(ScheduledActivity::effortDays).sum());
        model.put("capabilityEffortDays", plan.scheduled().stream().filter(ScheduledActivity::fromCapability).mapToInt(ScheduledActivity::effortDays).sum());
        model.put("fullEffortDays", plan.activities().stream().filter(a -> !a.fromCapability()).mapToInt(ScheduledActivity::catalogueEffortDays).sum());
        List<Object> milestones = new ArrayList<>();
        for (Milestone milestone : plan.milestones()) {
            milestones.add(TemplateModelFactory.map("kind", milestone.kind().name().toLowerCase(java.util.Locale.ROOT),
                    "title", texts.milestone(milestone), "date", label(milestone.date()), "given", milestone.given(),
                    "basis", texts.milestoneBasis(milestone)));
        }
        model.put("milestones", List.copyOf(milestones));
        model.put("warnings", plan.conflicts().stream().map(c -> conflict(c, roles)).toList());
        model.put("owners", owners(roles));
        // What the owners' capacity costs: the same work with unlimited time would end here.
        model.put("endWithoutCapacityLimits", label(plan.endWithoutCapacityLimits()));
        model.put("capacityExtends", plan.end().isAfter(plan.endWithoutCapacityLimits()));
        model.put("gantt", dated ? GANTT_PNG : null);
        model.put("capability", capability());
        return Collections.unmodifiableMap(model);
    }

    /** A fixed date the plan cannot keep, in the set's language, naming the owners whose capacity causes it. */
    private String conflict(DateConflict conflict, Map<String, Map<String, Object>> roles) {
        String title = plan.activity(conflict.activityId()).map(texts::activity).orElse(conflict.activityTitle());
        return texts.conflict(conflict, title, this::label, role -> {
            Map<String, Object> r = roles.get(role);
            int capacity = plan.owner(role).map(OwnerLoad::capacityPercent).orElse(0);
            return (r != null ? r.get("title") : role) + " (" + capacity + messages.getOrDefault("percentSuffix", "%") + ")";
        });
    }

    /** Each owner's share of the plan, most effort first, for the load table. */
    private List<Object> owners(Map<String, Map<String, Object>> roles) {
        List<Object> owners = new ArrayList<>();
        for (OwnerLoad load : plan.owners()) {
            Map<String, Object> role = roles.get(load.role());
            owners.add(TemplateModelFactory.map("role", role, "title", role != null ? role.get("title") : load.role(),
                    "capacity", load.capacityPercent(), "capacityGiven", role != null && Boolean.TRUE.equals(role.get("capacityGiven")),
                    "activities", load.activities(), "effortDays", load.effortDays(), "busyDays", load.busyDays(),
                    "peakLoad", load.peakLoadPercent(), "firstStart", label(load.firstStart()), "lastEnd", label(load.lastEnd())));
        }
        return List.copyOf(owners);
    }

    Map<String, Object> roadmap() {
        List<Object> steps = new ArrayList<>();
        for (RoadmapStep step : roadmap.steps()) {
            // A step is done only when the descriptor records it (certification.completed); expiry is never "done".
            String state = step.done() ? "done" : step.kind().recordable() ? "planned" : "none";
            steps.add(TemplateModelFactory.map("kind", step.kind().name().toLowerCase(java.util.Locale.ROOT), "id", step.kind().id(),
                    "title", texts.roadmap(step), "date", label(step.date()), "given", step.given(), "rule", texts.roadmapRule(step),
                    "done", step.done(), "state", state,
                    "stateTitle", messages.getOrDefault("roadmap.step." + state, switch (state) {
                        case "done" -> "Done";
                        case "planned" -> "Planned";
                        default -> "–";
                    }),
                    // How the date is set, as the timeline prints it: the day it took place, given in the descriptor, or the rule.
                    "basis", step.done() ? messages.getOrDefault("roadmap.dateHeld", "Date it took place (certification.completed)")
                            : step.given() ? messages.getOrDefault("roadmap.dateGiven", "Date given in the descriptor")
                            : capFirst(texts.roadmapRule(step))));
        }
        List<Object> readiness = new ArrayList<>();
        for (ReadinessItem item : roadmap.readiness()) {
            readiness.add(TemplateModelFactory.map("id", item.id(), "title", texts.readinessTitle(item), "passed", item.passed(),
                    "state", item.state(), "stateTitle", messages.getOrDefault("roadmap.state." + item.state(), item.passed() ? "Met" : "Open"),
                    "detail", texts.readinessDetail(item)));
        }
        return TemplateModelFactory.map("dated", dated, "steps", List.copyOf(steps), "readiness", List.copyOf(readiness),
                "ready", roadmap.ready(), "openCount", (int) roadmap.readiness().stream().filter(i -> !i.passed()).count(),
                "certification", certification());
    }

    /**
     * The edition certification is against and, for an SMS documented to an edition no longer certified, the
     * transition: the dates it rests on and the plan's activities that add what the certified edition asks for.
     */
    private Map<String, Object> certification() {
        CertificationEdition edition = CertificationEdition.of(plan.edition());
        List<Object> activities = new ArrayList<>();
        for (ScheduledActivity activity : plan.scheduled()) {
            if (activity.why() != null && activity.why().kind() == Reason.Kind.TRANSITION) {
                activities.add(TemplateModelFactory.map("id", activity.id(), "title", texts.activity(activity),
                        "clauses", activity.why().clauses(), "start", label(activity.start()), "end", label(activity.end())));
            }
        }
        String gapAssessment = plan.activity("INIT-02").map(a -> label(a.end())).orElse(null);
        return TemplateModelFactory.map("edition", edition.certifiedEdition(), "standard", edition.certifiedStandard(),
                "smsEdition", edition.smsEdition(), "transition", edition.transition(),
                "transitionStart", displayDates.format(CertificationEdition.TRANSITION_START),
                "newCertificatesFrom", displayDates.format(CertificationEdition.NEW_CERTIFICATES_ON_CURRENT),
                "oldCertificatesUntil", displayDates.format(CertificationEdition.LAST_DAY_OF_2011_CERTIFICATES),
                "gapAssessmentEnd", gapAssessment, "activities", List.copyOf(activities));
    }

    private Map<String, Object> capability() {
        List<Object> processes = new ArrayList<>();
        List<Object> actions = new ArrayList<>();
        List<Object> findings = new ArrayList<>();
        List<Object> rated = new ArrayList<>();
        for (ProcessCapability process : plan.capability().processes()) {
            String name = messages.getOrDefault("process." + process.processId(), process.processName());
            List<Object> processFindings = process.findings().stream()
                    .map(f -> (Object) texts.finding(f, name, process.ratedLevel(), process.declaredLevel())).toList();
            processFindings.forEach(f -> findings.add(messages.containsKey("process." + process.processId())
                    ? name + ": " + f : process.processId() + ": " + f));
            Map<String, Object> ratings = new LinkedHashMap<>();
            process.ratings().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> ratings.put(e.getKey(), e.getValue().name()));
            List<Object> processActions = new ArrayList<>();
            for (CapabilityGapAction action : process.actions()) {
                Map<String, Object> row = TemplateModelFactory.map("process", name, "level", action.level(),
                        "levelTitle", texts.level(action.level()), "needs", action.requirements().stream().map(texts::need).toList(),
                        "activity", action.activityId());
                processActions.add(row);
                actions.add(row);
            }
            Map<String, Object> row = TemplateModelFactory.map("id", process.processId(), "name", name,
                    "declared", process.declaredLevel(), "declaredTitle", texts.level(process.declaredLevel()),
                    "rated", process.ratedLevel(), "current", process.startLevel(),
                    "target", process.targetLevel(), "targetTitle", texts.level(process.targetLevel()),
                    "gain", process.targetLevel() - process.startLevel(),
                    "ratings", Collections.unmodifiableMap(ratings), "findings", processFindings, "actions", List.copyOf(processActions));
            processes.add(row);
            if (!ratings.isEmpty()) {
                rated.add(row);
            }
        }
        // rated: the processes with attribute ratings; attributes: the columns of their table, level by level.
        return TemplateModelFactory.map("processes", List.copyOf(processes), "rated", List.copyOf(rated),
                "attributes", java.util.Arrays.stream(ProcessAttribute.values()).map(ProcessAttribute::id).toList(),
                "actions", List.copyOf(actions),
                "findings", List.copyOf(findings), "chart", plan.capability().processes().isEmpty() ? null : CAPABILITY_PNG);
    }

    private int count(String status) {
        return (int) gaps.stream().filter(g -> status.equals(g.status())).count();
    }

    private Map<String, Object> activity(ScheduledActivity activity, Map<String, Map<String, Object>> roles) {
        Map<String, Object> owner = roles.get(activity.ownerRole());
        String reason = texts.reason(activity.why());
        // The state of an activity in the activity list: planned, or shortened with the reason.
        boolean transition = activity.why() != null && activity.why().kind() == Reason.Kind.TRANSITION;
        String status = activity.shortened()
                ? messages.getOrDefault("implementationPlan.status.shortened", "Shortened: {0}").replace("{0}", reason)
                : transition ? messages.getOrDefault("implementationPlan.status.transition", "Planned: {0}").replace("{0}", reason)
                : messages.getOrDefault("implementationPlan.status.planned", "Planned");
        // Transition work has no clause in the set's edition; it shows the clauses of the certified edition, marked so.
        List<String> clauses = transition ? activity.why().clauses().stream()
                .map(c -> c + " (" + activity.why().edition() + ")").toList() : activity.clauses();
        return TemplateModelFactory.map("id", activity.id(), "stage", activity.stage().key(), "stageTitle", texts.stage(activity.stage()),
                "phase", texts.phase(activity.stage(), PHASE_LABELS.get(activity.stage())),
                "title", texts.activity(activity), "clauses", clauses, "owner", owner,
                "ownerTitle", owner != null ? owner.get("title") : messages.getOrDefault("implementationPlan.defaultOwner", "SMS manager"),
                "effortDays", activity.effortDays(), "fullEffortDays", activity.catalogueEffortDays(),
                "treatment", activity.treatment().name().toLowerCase(java.util.Locale.ROOT), "reason", reason, "status", status,
                "dependsOn", activity.dependsOn(), "start", label(activity.start()), "end", label(activity.end()),
                "durationDays", activity.durationDays(), "dailyLoad", (int) Math.round(activity.dailyLoadPercent()),
                "fromCapability", activity.fromCapability());
    }

    /** The text with its first letter in upper case, as FreeMarker's cap_first writes it. */
    static String capFirst(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i == text.length() ? text : text.substring(0, i) + Character.toUpperCase(text.charAt(i)) + text.substring(i + 1);
    }

    /** An ISO date, or "week n" of an undated plan. */
    private String label(LocalDate date) {
        return dates.label(date);
    }
}
