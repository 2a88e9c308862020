package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.model.Objective;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.smsdocs.core.model.TemplateModelFactory.map;

/**
 * The definition of every measure the set uses, exposed to templates as {@code measures}: each with its name,
 * formula, data source, frequency, owner, target and to whom it is reported, in the set's language. The documents
 * that list measures print them from here ({@code measures.of["resolution-and-fulfilment"]}, {@code measures.byId}),
 * and the measure definitions register lists them all, so a target is stated once.
 * <ul>
 *   <li>{@code objectives}: the SMS objectives; an objective that names a process is that process's main measure,
 *       and every table that lists the main measure shows the objective's measure and target;</li>
 *   <li>{@code services}: the availability of each service against the target of its SLA, and the other
 *       commitments of the SLAs;</li>
 *   <li>{@code processes}: the measures of the processes and of the SMS that the documents of the set name, the
 *       main measures of the processes first among those of their process.</li>
 * </ul>
 * A catalogue measure is owned by the owner of its process, or, for a measure of the SMS itself, by the owner of
 * the document that names it; its data source is its process's tool, or the records its bundle names.
 */
final class MeasureDefinitions {

    private final Map<String, String> messages;
    private final Locale locale;
    private final Map<String, Object> processes;
    private final Map<String, Map<String, Object>> docs;
    private final Map<String, Objective> objectiveOf = new LinkedHashMap<>();
    private final Object managementReviewsPerYear;
    private final String edition;

    /**
     * @param processes the process maps by id (owner, toolName, name)
     * @param docs the documents of the set by id
     * @param objectives the descriptor's objectives
     * @param managementReviewsPerYear how many full management reviews a year the cadence holds
     */
    private MeasureDefinitions(String edition, Map<String, Object> processes, Map<String, Map<String, Object>> docs,
                               List<Objective> objectives, Object managementReviewsPerYear, Map<String, String> messages, Locale locale) {
        this.edition = edition;
        this.processes = processes;
        this.docs = docs;
        this.managementReviewsPerYear = managementReviewsPerYear;
        this.messages = messages;
        this.locale = locale;
        // The first objective that names a process sets its main measure.
        for (Objective objective : objectives) {
            if (objective.process() != null) {
                objectiveOf.putIfAbsent(objective.process(), objective);
            }
        }
    }

    /** @param objectiveMaps the template maps of the objectives, in the descriptor's order; services the service maps */
    static Map<String, Object> model(String edition, Map<String, Object> processes, Map<String, Map<String, Object>> docs,
                                     List<Objective> objectives, List<?> objectiveMaps, List<Object> services,
                                     Object managementReviewsPerYear, Map<String, String> messages, Locale locale) {
        return new MeasureDefinitions(edition, processes, docs, objectives, managementReviewsPerYear, messages, locale)
                .build(objectives, objectiveMaps, services);
    }

    private Map<String, Object> build(List<Objective> objectives, List<?> objectiveMaps, List<Object> services) {
        Map<String, Object> byId = new LinkedHashMap<>();
        for (MeasureCatalogue.Entry entry : MeasureCatalogue.ENTRIES) {
            byId.put(entry.id(), row(entry));
        }
        Map<String, Object> of = new LinkedHashMap<>();
        for (String key : MeasureCatalogue.NAMED_IN.keySet()) {
            String templateId = key.contains("@") ? key.substring(0, key.indexOf('@')) : key;
            of.put(templateId, MeasureCatalogue.namedIn(templateId, edition).stream().map(byId::get).toList());
        }
        return map("of", Collections.unmodifiableMap(of), "byId", Collections.unmodifiableMap(byId),
                "objectives", objectiveRows(objectives, objectiveMaps), "services", serviceRows(services, byId),
                "processes", processRows(byId));
    }

    /** The definition of one catalogue measure; a main measure an objective sets takes the objective's measure and target. */
    private Map<String, Object> row(MeasureCatalogue.Entry entry) {
        Objective objective = entry.main() ? objectiveOf.get(entry.process()) : null;
        String name = objective != null && !objective.measure().isEmpty() ? objective.measure() : text("kpi." + entry.id());
        String target = objective != null && !objective.target().isEmpty() ? objective.target()
                : text("kpi." + entry.id() + ".target").replace("{0}", String.valueOf(managementReviewsPerYear));
        List<Object> namedIn = namedIn(entry);
        Map<String, Object> process = entry.process() == null ? null : process(entry.process());
        Object owner = process != null ? process.get("owner") : ownerOfFirst(namedIn);
        Map<String, Object> sourceProcess = entry.sourceProcess() != null ? process(entry.sourceProcess()) : process;
        String source = sourceProcess != null ? (String) sourceProcess.get("toolName") : text("kpi." + entry.id() + ".source");
        return map("id", entry.id(), "name", name, "target", target, "formula", text("kpi." + entry.id() + ".formula"),
                "source", source, "frequency", text("kpi.frequency." + entry.frequency()),
                "reportedTo", text("kpi.reportedTo." + entry.reportedTo()), "owner", owner, "process", process,
                "main", entry.main(), "objective", objective == null ? null : objective.id().toUpperCase(Locale.ROOT),
                "namedIn", namedIn);
    }

    /** The documents of the set that list the measure, in set order; a main measure also in the monitoring procedure. */
    private List<Object> namedIn(MeasureCatalogue.Entry entry) {
        Set<String> ids = new LinkedHashSet<>();
        for (String key : MeasureCatalogue.NAMED_IN.keySet()) {
            String templateId = key.contains("@") ? key.substring(0, key.indexOf('@')) : key;
            if (MeasureCatalogue.namedIn(templateId, edition).contains(entry.id())) {
                ids.add(templateId);
            }
        }
        if (entry.main()) {
            ids.add("monitoring-and-reporting");
        }
        List<Object> named = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> doc : docs.entrySet()) {
            if (ids.contains((String) doc.getValue().get("templateId"))) {
                named.add(doc.getValue());
            }
        }
        return Collections.unmodifiableList(named);
    }

    private Object ownerOfFirst(List<Object> namedIn) {
        return namedIn.isEmpty() ? null : ((Map<?, ?>) namedIn.get(0)).get("owner");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> process(String id) {
        return (Map<String, Object>) processes.get(id);
    }

    /** Each objective, measured monthly from the reports of the service reporting tool; one that sets a process's main measure says so. */
    private List<Object> objectiveRows(List<Objective> objectives, List<?> objectiveMaps) {
        Map<String, Object> reporting = process("service-reporting");
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < objectiveMaps.size(); i++) {
            Map<?, ?> objective = (Map<?, ?>) objectiveMaps.get(i);
            String process = objectives.get(i).process();
            boolean setsMain = process != null && objectiveOf.get(process) == objectives.get(i);
            rows.add(map("id", String.valueOf(objective.get("ref")), "name", objective.get("objective"),
                    "formula", objective.get("measure"), "source", reporting == null ? text("documentLibrary") : reporting.get("toolName"),
                    "frequency", text("kpi.frequency.monthly"), "reportedTo", text("kpi.reportedTo.performance"),
                    "owner", objective.get("owner"), "target", objective.get("target"),
                    "process", setsMain ? process(process) : null));
        }
        return Collections.unmodifiableList(rows);
    }

    /**
     * The availability of each service against the target of its SLA, owned by its service owner and measured from
     * the availability tool; then the other measures the SLAs commit to.
     */
    private List<Object> serviceRows(List<Object> services, Map<String, Object> byId) {
        Map<String, Object> availability = process("service-availability-management");
        List<Object> rows = new ArrayList<>();
        for (Object s : services) {
            Map<?, ?> service = (Map<?, ?>) s;
            rows.add(map("id", "availability-" + service.get("id"), "name", format("kpi.availability", service.get("name")),
                    "formula", text("kpi.availability.formula"), "source", availability == null ? null : availability.get("toolName"),
                    "frequency", text("kpi.frequency.monthly"), "reportedTo", text("kpi.reportedTo.customers"),
                    "owner", service.get("owner"), "availabilityTarget", service.get("availabilityTarget"),
                    "targetMark", service.get("targetMark"), "service", service));
        }
        for (String id : MeasureCatalogue.namedIn("sla", edition)) {
            rows.add(byId.get(id));
        }
        return Collections.unmodifiableList(rows);
    }

    /**
     * The catalogue measures the documents of the set name, by process in catalogue order (the main measure first),
     * then those of the SMS itself in the order of the documents; the SLAs' own measures are with the services, and
     * a main measure an objective sets is with the objectives.
     */
    private List<Object> processRows(Map<String, Object> byId) {
        Set<String> sla = new LinkedHashSet<>(MeasureCatalogue.namedIn("sla", edition));
        List<Object> rows = new ArrayList<>();
        List<Object> sms = new ArrayList<>();
        for (String processId : processes.keySet()) {
            MeasureCatalogue.Entry main = MeasureCatalogue.mainOf(processId);
            if (main != null && !objectiveOf.containsKey(processId)) {
                rows.add(byId.get(main.id()));
            }
            for (MeasureCatalogue.Entry entry : MeasureCatalogue.ENTRIES) {
                if (processId.equals(entry.process()) && !entry.main() && !sla.contains(entry.id()) && used(byId.get(entry.id()))) {
                    rows.add(byId.get(entry.id()));
                }
            }
        }
        for (MeasureCatalogue.Entry entry : MeasureCatalogue.ENTRIES) {
            if (entry.process() == null && used(byId.get(entry.id()))) {
                sms.add(byId.get(entry.id()));
            }
        }
        rows.addAll(sms);
        return Collections.unmodifiableList(rows);
    }

    private static boolean used(Object row) {
        return !((List<?>) ((Map<?, ?>) row).get("namedIn")).isEmpty();
    }

    private String text(String key) {
        return messages.getOrDefault(key, key);
    }

    private String format(String key, Object... arguments) {
        return LocalMessages.format(messages, locale, key, arguments);
    }
}
