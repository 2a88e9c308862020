package io.smsdocs.core.render;

import io.smsdocs.core.implementation.CapabilityLevel;
import io.smsdocs.core.implementation.Milestone;
import io.smsdocs.core.implementation.ProcessAttribute;
import io.smsdocs.core.implementation.ReadinessItem;
import io.smsdocs.core.implementation.RoadmapStep;
import io.smsdocs.core.implementation.ScheduledActivity;
import io.smsdocs.core.implementation.Stage;
import io.smsdocs.core.standard.ProcessCatalogue;
import io.smsdocs.core.standard.ProcessDefinition;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The plan engine writes English; this puts its texts into the set's language from the message bundles
 * (activity.P1-04, stage.phase-1, roadmap.stage_1.rule, reason.partial ...). Every text falls back to the
 * engine's English when the bundles have no key for it, so an English set is exactly what the engine wrote.
 */
final class PlanTexts {

    private static final Pattern CAPABILITY_TITLE = Pattern.compile("(.+): level (\\d)");
    private static final Pattern NEED_RAISE = Pattern.compile("(PA\\d\\.\\d) .+ from ([NPLF]) to ([NPLF])");
    private static final Pattern NEED_AT_LEAST = Pattern.compile("(PA\\d\\.\\d) .+ at least ([NPLF])");
    private static final Pattern OPEN_CLAUSE = Pattern.compile("([\\d.]+) \\((missing|partial|implemented)\\)");

    private final Map<String, String> messages;
    private final Function<String, String> clauseTitle;
    private final String edition;

    PlanTexts(Map<String, String> messages, Function<String, String> clauseTitle, String edition) {
        this.messages = messages;
        this.clauseTitle = clauseTitle;
        this.edition = edition;
    }

    String activity(ScheduledActivity activity) {
        if (activity.fromCapability()) {
            Matcher m = CAPABILITY_TITLE.matcher(activity.title());
            if (m.matches() && messages.containsKey("capabilityActivity")) {
                return format("capabilityActivity", processName(m.group(1)), m.group(2));
            }
            return activity.title();
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
        if (milestone.basis().equals("date given")) {
            return messages.getOrDefault("dateGiven", milestone.basis());
        }
        return messages.getOrDefault("milestone." + key(milestone.kind().name()) + ".basis", milestone.basis());
    }

    String roadmap(RoadmapStep step) {
        return messages.getOrDefault("roadmap." + key(step.kind().name()), step.title());
    }

    String roadmapRule(RoadmapStep step) {
        return messages.getOrDefault("roadmap." + key(step.kind().name()) + ".rule", step.rule());
    }

    String reason(String reason) {
        for (String[] rule : new String[][] {{"missing: ", "reason.missing"}, {"partly in place: ", "reason.partial"},
                {"already implemented: ", "reason.implemented"}}) {
            if (reason.startsWith(rule[0]) && messages.containsKey(rule[1])) {
                return format(rule[1], reason.substring(rule[0].length()));
            }
        }
        if (reason.startsWith("not required by the ") && messages.containsKey("reason.notInEdition")) {
            return format("reason.notInEdition", edition);
        }
        if (reason.startsWith("always needed") && messages.containsKey("reason.alwaysNeeded")) {
            return messages.get("reason.alwaysNeeded");
        }
        if (reason.startsWith("capability level ") && messages.containsKey("reason.capability")) {
            String rest = reason.substring("capability level ".length());
            int space = rest.indexOf(' ');
            String needs = rest.substring(space + " needs ".length());
            return format("reason.capability", rest.substring(0, space),
                    Arrays.stream(needs.split("; ")).map(this::need).collect(Collectors.joining("; ")));
        }
        return reason;
    }

    String readinessTitle(ReadinessItem item) {
        if (item.id().startsWith("clause-") && messages.containsKey("readiness.clause")) {
            String clause = item.id().substring("clause-".length());
            return format("readiness.clause", clause, clauseTitle.apply(clause));
        }
        return messages.getOrDefault("readiness." + item.id(), item.title());
    }

    String readinessDetail(ReadinessItem item) {
        String detail = item.detail();
        if (detail.startsWith("open: ") && messages.containsKey("readiness.open")) {
            Matcher m = OPEN_CLAUSE.matcher(detail.substring("open: ".length()));
            StringBuilder open = new StringBuilder();
            while (m.find()) {
                open.append(open.length() == 0 ? "" : ", ").append(m.group(1)).append(" (")
                        .append(messages.getOrDefault("gap." + m.group(2), m.group(2))).append(')');
            }
            return format("readiness.open", open.toString());
        }
        return switch (detail) {
            case "done" -> messages.getOrDefault("readiness.done", detail);
            case "not yet done" -> messages.getOrDefault("readiness.notDone", detail);
            case "every sub-clause implemented" -> messages.getOrDefault("readiness.allImplemented", detail);
            case "every clause that asks for it is implemented" -> messages.getOrDefault("readiness.allDocumented", detail);
            case "dates computed from the plan, not yet agreed" -> messages.getOrDefault("readiness.datesComputed", detail);
            default -> detail.startsWith("stage 1 ") && messages.containsKey("readiness.datesAgreed")
                    ? format("readiness.datesAgreed", detail.replaceAll("stage 1 (\\S+), stage 2 (\\S+)", "$1"),
                    detail.replaceAll("stage 1 (\\S+), stage 2 (\\S+)", "$2"))
                    : detail;
        };
    }

    String level(int level) {
        return messages.getOrDefault("level." + level, CapabilityLevel.of(level).title());
    }

    String need(String need) {
        Matcher raise = NEED_RAISE.matcher(need);
        if (raise.matches() && messages.containsKey("need.raise")) {
            return format("need.raise", raise.group(1), attribute(raise.group(1)), raise.group(2), raise.group(3));
        }
        Matcher atLeast = NEED_AT_LEAST.matcher(need);
        if (atLeast.matches() && messages.containsKey("need.atLeast")) {
            return format("need.atLeast", atLeast.group(1), attribute(atLeast.group(1)), atLeast.group(2));
        }
        return need;
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

    private String processName(String englishName) {
        for (ProcessDefinition process : ProcessCatalogue.all()) {
            if (process.name().equals(englishName) || process.name2011().equals(englishName)) {
                return messages.getOrDefault("process." + process.id(), englishName);
            }
        }
        return englishName;
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(messages.get(key).replace("'", "''"), Locale.ROOT).format(arguments);
    }

    private static String key(String enumName) {
        return enumName.toLowerCase(Locale.ROOT);
    }
}
