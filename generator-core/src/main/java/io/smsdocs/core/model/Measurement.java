package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.model.Objective;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the monitoring and measurement procedure measures and where the data comes from: the main measure
 * and the review frequency of each process in the set's language, and the data sources grouped by tool
 * ("Jira for incidents and service requests; Zabbix for availability"). Exposed to templates as
 * {@code measurement}.
 * <p>
 * The target of a process's main measure is one fact: an SMS objective that names the process
 * ({@code sms.objectives[].process}) sets it, with its own measure; otherwise the process's main measure in
 * {@link MeasureCatalogue} does (kpi.&lt;id&gt; and kpi.&lt;id&gt;.target). {@code target} holds it by process id;
 * the measure definitions ({@link MeasureDefinitions}) print the same measure and target wherever a table lists it.
 */
final class Measurement {

    /** The subjects of measurement and the process whose tool records them, in the order they are named. */
    private static final List<String[]> DATA_SUBJECTS = List.of(
            new String[] {"incident-management", "incidents"},
            new String[] {"service-request-management", "serviceRequests"},
            new String[] {"problem-management", "problems"},
            new String[] {"change-management", "changes"},
            new String[] {"service-availability-management", "availability"},
            new String[] {"capacity-management", "capacity"},
            new String[] {"business-relationship-management", "customerSatisfaction"},
            new String[] {"business-relationship-management", "complaints"},
            new String[] {"budgeting-and-accounting", "costs"});

    /** Review frequencies as descriptors write them, by the word.* key that names them. */
    private static final Map<String, String> FREQUENCY_KEYS = Map.ofEntries(
            Map.entry("annually", "annually"), Map.entry("yearly", "annually"), Map.entry("every year", "annually"),
            Map.entry("every six months", "every-six-months"), Map.entry("six-monthly", "every-six-months"),
            Map.entry("half-yearly", "every-six-months"), Map.entry("semi-annually", "every-six-months"),
            Map.entry("quarterly", "quarterly"), Map.entry("monthly", "monthly"), Map.entry("weekly", "weekly"));

    private Measurement() {
    }

    /**
     * @param processes  the process maps, in catalogue order
     * @param objectives the SMS objectives; one that names a process sets the target of its main measure
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> model(List<Object> processes, List<Objective> objectives, Map<String, String> messages, Locale locale) {
        Map<String, Objective> setBy = new LinkedHashMap<>();
        objectives.stream().filter(o -> o.process() != null).forEach(o -> setBy.putIfAbsent(o.process(), o));
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        Map<String, Object> targets = new LinkedHashMap<>();
        List<Object> rows = new ArrayList<>();
        for (Object p : processes) {
            Map<String, Object> process = (Map<String, Object>) p;
            String id = (String) process.get("id");
            byId.put(id, process);
            Objective objective = setBy.get(id);
            MeasureCatalogue.Entry main = MeasureCatalogue.mainOf(id);
            String measure = objective != null && !objective.measure().isEmpty() ? objective.measure()
                    : main != null ? messages.getOrDefault("kpi." + main.id(), main.id()) : messages.getOrDefault("measure.default", "");
            String target = objective != null && !objective.target().isEmpty() ? objective.target()
                    : main != null ? messages.get("kpi." + main.id() + ".target") : null;
            if (target != null) {
                targets.put(id, target);
            }
            rows.add(TemplateModelFactory.map("process", process,
                    "measure", display(measure, target, objective, objective == null ? null
                            : ReadableRefs.of("objective", objectives.indexOf(objective) + 1, messages), messages), "target", target,
                    "objective", objective == null ? null : objective.id(),
                    "review", frequency((String) process.get("reviewFrequency"), messages)));
        }
        // Tools in the order first named, each with the subjects it records.
        Map<String, List<String>> subjectsByTool = new LinkedHashMap<>();
        for (String[] subject : DATA_SUBJECTS) {
            Map<String, Object> process = byId.get(subject[0]);
            String tool = process == null ? messages.getOrDefault("documentLibrary", "the SMS document library")
                    : process.get("toolName") != null ? (String) process.get("toolName")
                    : process.get("tool") != null ? (String) process.get("tool") : messages.getOrDefault("defaultTool", "the service management tool");
            subjectsByTool.computeIfAbsent(tool, t -> new ArrayList<>()).add(messages.getOrDefault("dataSubject." + subject[1], subject[1]));
        }
        List<String> sources = new ArrayList<>();
        subjectsByTool.forEach((tool, subjects) -> sources.add(messages.getOrDefault("dataSource", "{0} for {1}")
                .replace("{0}", tool).replace("{1}", AndList.of(subjects, messages, locale))));
        return TemplateModelFactory.map("processes", List.copyOf(rows), "target", java.util.Collections.unmodifiableMap(targets),
                "dataSources", String.join("; ", sources));
    }

    /** "Changes that cause an incident within 7 days (target below 3%)", naming the objective that sets the target. */
    private static String display(String measure, String target, Objective objective, String objectiveRef, Map<String, String> messages) {
        if (target == null) {
            return measure;
        }
        String pattern = objective != null ? messages.getOrDefault("measureOfObjective", "{0} (target of objective {2}: {1})")
                : messages.getOrDefault("measureWithTarget", "{0} (target {1})");
        return pattern.replace("{0}", measure).replace("{1}", target)
                .replace("{2}", objective == null ? "" : objectiveRef);
    }

    /** A review frequency as a word of the set's language with a capital ("Quarterly", "Vierteljährlich"), or as given. */
    static String frequency(String value, Map<String, String> messages) {
        if (value == null) {
            return null;
        }
        String key = FREQUENCY_KEYS.get(value.strip().toLowerCase(Locale.ROOT));
        String word = key == null ? null : messages.get("word." + key);
        return word != null ? word : ServiceLevels.capFirst(value);
    }
}
