package io.smsdocs.core.model;

import io.smsdocs.core.standard.Activity;
import io.smsdocs.core.programme.CapabilityLevel;
import io.smsdocs.core.programme.CertificationEdition;
import io.smsdocs.core.programme.DateConflict;
import io.smsdocs.core.programme.Evidence;
import io.smsdocs.core.programme.Milestone;
import io.smsdocs.core.programme.Need;
import io.smsdocs.core.programme.ProcessAttribute;
import io.smsdocs.core.programme.Reason;
import io.smsdocs.core.programme.ReadinessItem;
import io.smsdocs.core.programme.RoadmapStep;
import io.smsdocs.core.programme.ScheduledActivity;
import io.smsdocs.core.standard.Stage;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The plan engine's texts in the set's language: from the engine's data (reasons, evidence, needs) and the
 * message bundles (activity.P1-04, stage.phase-1, roadmap.stage_1.rule, reason.partial ...). Every text falls
 * back to the engine's English when the bundles have no key for it, so an English set is what the engine wrote.
 */
final class PlanTexts {


    private static final java.util.Set<RoadmapStep.Kind> AUDITS = java.util.EnumSet.of(RoadmapStep.Kind.STAGE_1,
            RoadmapStep.Kind.STAGE_2, RoadmapStep.Kind.SURVEILLANCE_1, RoadmapStep.Kind.SURVEILLANCE_2, RoadmapStep.Kind.RECERTIFICATION);

    private final Map<String, String> messages;
    private final Function<String, String> clauseTitle;
    private final String edition;
    private final DisplayDates dates;

    PlanTexts(Map<String, String> messages, Function<String, String> clauseTitle, String edition) {
        this.messages = messages;
        this.clauseTitle = clauseTitle;
        this.edition = edition;
        this.dates = DisplayDates.of(messages);
    }

    String activity(ScheduledActivity activity) {
        if (activity.fromCapability()) {
            // Capability work is owned by its process: "process:<id>"; its level is in the reason.
            String processId = activity.owner().substring(Activity.PROCESS_OWNER_PREFIX.length());
            return messages.containsKey("capabilityActivity") && messages.containsKey("process." + processId)
                    ? format("capabilityActivity", messages.get("process." + processId), activity.why().level())
                    : activity.title();
        }
        return messages.getOrDefault("activity." + activity.id(), activity.title());
    }

    String stage(Stage stage) {
        return messages.getOrDefault("stage." + stage.key(), stage.title());
    }

    String phase(Stage stage, String english) {
        return messages.getOrDefault("phase." + stage.key(), english);
    }

    String milestone(Milestone milestone) {
        return messages.getOrDefault("milestone." + key(milestone.kind().name()), milestone.title());
    }

    String milestoneBasis(Milestone milestone) {
        if (milestone.given()) {
            return messages.getOrDefault("dateGiven", milestone.basis());
        }
        return messages.getOrDefault("milestone." + key(milestone.kind().name()) + ".basis", milestone.basis());
    }

    String roadmap(RoadmapStep step) {
        String title = messages.getOrDefault("roadmap." + key(step.kind().name()), step.title());
        CertificationEdition certification = CertificationEdition.of(edition);
        // An SMS documented to 2011 is audited against 2018: each audit says so, so no 2011 audit is planned.
        return certification.transition() && AUDITS.contains(step.kind())
                ? formatOr("roadmap.auditAgainst", "{0} against {1}", title, certification.certifiedStandard())
                : title;
    }

    String roadmapRule(RoadmapStep step) {
        return messages.getOrDefault("roadmap." + key(step.kind().name()) + ".rule", step.rule());
    }

    String reason(Reason reason) {
        String key = "reason." + switch (reason.kind()) {
            case ALWAYS_NEEDED -> "alwaysNeeded";
            case NOT_IN_EDITION -> "notInEdition";
            case TRANSITION -> "transition";
            case MISSING -> "missing";
            case PARTIAL -> "partial";
            case IMPLEMENTED -> "implemented";
            case CAPABILITY -> "capability";
        };
        if (!messages.containsKey(key)) {
            return reason.text();
        }
        String text = switch (reason.kind()) {
            case NOT_IN_EDITION -> format(key, reason.edition());
            case TRANSITION -> format(key, reason.edition(), String.join(", ", reason.clauses()));
            case CAPABILITY -> format(key, reason.level(), reason.needs().stream().map(this::need).collect(Collectors.joining("; ")));
            default -> format(key, String.join(", ", reason.clauses()));
        };
        return reason.effortOverridden() ? text + messages.getOrDefault("reason.effortOverridden", "; effort set by override") : text;
    }

    /**
     * A fixed date the plan cannot keep: "POST-01 Stage 1 certification audit starts on ..., before P3-05 ends on ...",
     * and, when capacity causes it, the owners (at most two, most days lost first) whose time holds the work back.
     */
    String conflict(DateConflict conflict, String title, Function<LocalDate, String> date, Function<String, String> owner) {
        String text = conflict.kind() == DateConflict.Kind.MISSED
                ? formatOr("conflict.missed", "{0} {1} starts on {2}, before {3} ends on {4}", conflict.activityId(), title,
                        date.apply(conflict.start()), conflict.dependency(), date.apply(conflict.dependencyEnd()))
                : formatOr("conflict.moved", "{0} {1} moves from {2} to {3}, because its owner is busy with another fixed date",
                        conflict.activityId(), title, date.apply(conflict.given()), date.apply(conflict.start()));
        if (conflict.kind() == DateConflict.Kind.MISSED && conflict.causedByCapacity()) {
            List<String> owners = conflict.capacityOwners().stream().limit(2).map(owner).toList();
            text += formatOr("conflict.capacity", "; the work before it is held back by the capacity of {0}",
                    String.join(" " + messages.getOrDefault("and", "and") + " ", owners));
        }
        return text;
    }

    String readinessTitle(ReadinessItem item) {
        if (item.id().startsWith("clause-") && messages.containsKey("readiness.clause")) {
            String clause = item.id().substring("clause-".length());
            return format("readiness.clause", clause, clauseTitle.apply(clause));
        }
        return messages.getOrDefault("readiness." + item.id(), item.title());
    }

    String readinessDetail(ReadinessItem item) {
        Evidence evidence = item.evidence();
        String key = "readiness." + switch (evidence.kind()) {
            case OPEN_CLAUSES -> "open";
            case ALL_IMPLEMENTED -> "allImplemented";
            case ALL_DOCUMENTED -> "allDocumented";
            case DONE -> "done";
            case NOT_DONE -> "notDone";
            case DATES_AGREED -> "datesAgreed";
            case DATES_NOT_CONTRACTED -> "datesNotContracted";
            case DATES_COMPUTED -> "datesComputed";
        };
        if (!messages.containsKey(key)) {
            return evidence.text();
        }
        return switch (evidence.kind()) {
            case OPEN_CLAUSES -> format(key, evidence.open().entrySet().stream()
                    .map(e -> e.getKey() + " (" + messages.getOrDefault("gap." + e.getValue().label(), e.getValue().label()) + ")")
                    .collect(Collectors.joining(", ")));
            // Dates as the set's language writes them (15.01.2026 in German), like every other date of the set.
            case DATES_AGREED, DATES_NOT_CONTRACTED -> format(key, dates.format(evidence.stage1()), dates.format(evidence.stage2()));
            default -> messages.get(key);
        };
    }

    String level(int level) {
        return messages.getOrDefault("level." + level, CapabilityLevel.of(level).title());
    }

    String need(Need need) {
        String id = need.attribute().id();
        if (need.from() != null && messages.containsKey("need.raise")) {
            return format("need.raise", id, attribute(id), need.from(), need.to());
        }
        if (need.from() == null && messages.containsKey("need.atLeast")) {
            return format("need.atLeast", id, attribute(id), need.to());
        }
        return need.text();
    }

    /** Findings are sentences about levels; in another language they are given as the plain facts. */
    String finding(String finding, String processName, Integer rated, int declared) {
        if (finding.startsWith("declared level ") && rated != null && messages.containsKey("finding.notSupported")) {
            return format("finding.notSupported", processName, declared, level(declared), rated, level(rated));
        }
        if (finding.startsWith("the ratings support level ") && rated != null && messages.containsKey("finding.above")) {
            return format("finding.above", processName, rated, level(rated), declared, level(declared));
        }
        return finding;
    }

    private String attribute(String id) {
        return messages.getOrDefault("attribute." + id, Arrays.stream(ProcessAttribute.values())
                .filter(a -> a.id().equals(id)).findFirst().map(ProcessAttribute::title).orElse(id));
    }


    private String format(String key, Object... arguments) {
        return new MessageFormat(messages.get(key).replace("'", "''"), Locale.ROOT).format(arguments);
    }

    /** The bundle's text for the key, or the engine's English when the bundles have none. */
    private String formatOr(String key, String english, Object... arguments) {
        return new MessageFormat(messages.getOrDefault(key, english).replace("'", "''"), Locale.ROOT).format(arguments);
    }

    private static String key(String enumName) {
        return enumName.toLowerCase(Locale.ROOT);
    }
}
