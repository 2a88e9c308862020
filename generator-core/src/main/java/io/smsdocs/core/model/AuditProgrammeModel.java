package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.model.Gap;
import io.smsdocs.core.descriptor.model.Service;
import io.smsdocs.core.standard.AuditAreas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The internal audit programme over the three-year certification cycle (2018 9.2; 2011 4.5.4.2): every
 * area of the SMS with its auditee, its risk rating and the years it is audited, computed once for every
 * document and language. An area is rated higher risk, and audited every year, when it governs or checks
 * the SMS as a whole, when its failure directly interrupts services or exposes information, when it
 * supports high-criticality services, or when the gap analysis found it open; the other areas are spread
 * over the three years in turn. Each row names its auditor, chosen by AuditorChoice so that nobody audits their
 * own work. Words (area names, ratings, reasons) come from the bundles (auditProgramme.*).
 */
final class AuditProgrammeModel {

    /** Processes whose failure interrupts services or exposes information directly: audited every year. */
    static final Set<String> CORE_PROCESSES = Set.of("service-level-management", "change-management", "incident-management",
            "information-security-management", "service-continuity-management");

    private final Map<String, Object> model;

    /**
     * @param processList   the processes as templates see them (id, name, clause, owner), in clause order
     * @param topManagement the role of top management
     * @param manager       the role of the SMS manager
     * @param auditors      who audits each area (AuditorChoice), with the roles by id
     * @param qualified     the role ids of the qualified internal auditors
     * @param messages      the set's fixed texts (auditProgramme.* keys)
     */
    AuditProgrammeModel(String edition, List<?> processList, Map<String, Object> topManagement,
                        Map<String, Object> manager, List<Service> services, List<Gap> gaps,
                        List<AuditorChoice.Assignment> auditors, List<String> qualified, Map<String, Map<String, Object>> roles,
                        Map<String, String> messages) {
        boolean edition2011 = "2011".equals(edition);
        // The criticality rule decides whether a service makes availability management a yearly audit.
        boolean availabilityYearly = services.stream().anyMatch(s -> Criticality.of(s.criticality()).availabilityAuditedYearly());
        List<Gap> open = gaps.stream().filter(g -> !"implemented".equals(g.status())).toList();
        List<Map<String, Object>> processes = processList.stream().map(AuditProgrammeModel::asMap).toList();
        Map<String, Object> transitionOwner = processes.stream().filter(p -> "service-design-and-transition".equals(p.get("id")))
                .findFirst().map(AuditProgrammeModel::owner).orElse(manager);

        // The rows before rating: the management-system clauses, every process in clause order, then the checks.
        List<Row> rows = new ArrayList<>();
        for (AuditAreas.Area area : AuditAreas.opening(edition)) {
            rows.add(area(area, edition, topManagement, manager, transitionOwner, messages));
        }
        for (Map<String, Object> process : processes) {
            String id = (String) process.get("id");
            if (!AuditAreas.isProcessArea(edition, id)) {
                continue;   // 2011 places service design and transition in clause 5, audited above
            }
            String reason = CORE_PROCESSES.contains(id) ? text(messages, "reason.direct")
                    : "service-availability-management".equals(id) && availabilityYearly ? text(messages, "reason.highCriticality") : "";
            String clause = (String) process.get("clause");
            rows.add(new Row(id, (String) process.get("name"), clause, List.of(clause), owner(process), !reason.isEmpty(), reason));
        }
        rows.add(area(AuditAreas.closing(edition), edition, topManagement, manager, transitionOwner, messages));
        Map<String, AuditorChoice.Assignment> byArea = new java.util.HashMap<>();
        auditors.forEach(a -> byArea.put(a.area(), a));

        // Rate each row, and spread the standard rows over the three years of the cycle.
        List<Object> programme = new ArrayList<>();
        int[] yearCount = new int[3];
        int spread = 0;
        int higherCount = 0;
        for (Row row : rows) {
            String gap = gapFor(row.clauses(), open);
            String reason = row.reason();
            boolean higher = row.core() || gap != null;
            List<Boolean> years;
            if (higher) {
                if (gap != null) {
                    reason = (reason.isEmpty() ? "" : reason + "; ")
                            + text(messages, "reason.gap").replace("{0}", messages.getOrDefault("auditProgramme.gap." + gap, gap));
                }
                years = List.of(true, true, true);
                higherCount++;
            } else {
                int slot = spread++ % 3;
                years = List.of(slot == 0, slot == 1, slot == 2);
                reason = text(messages, "reason.noRisk");
            }
            for (int year = 0; year < 3; year++) {
                yearCount[year] += years.get(year) ? 1 : 0;
            }
            AuditorChoice.Assignment assignment = byArea.get(row.key());
            Map<String, Object> auditor = assignment == null || assignment.auditor() == null ? null : roles.get(assignment.auditor());
            programme.add(TemplateModelFactory.map("key", row.key(), "name", row.name(), "clauseText", row.clauseText(), "clauses", row.clauses(),
                    "owner", row.owner(), "core", row.core(), "higher", higher,
                    "rating", text(messages, higher ? "rating.higher" : "rating.standard"), "reason", reason, "years", years,
                    "auditor", auditor, "auditorName", auditor != null ? auditor.get("title") : text(messages, "externalAuditor"),
                    "independent", assignment == null || assignment.independent()));
        }
        this.model = TemplateModelFactory.map("rows", List.copyOf(programme), "auditors", qualified.stream().map(roles::get)
                        .filter(java.util.Objects::nonNull).map(r -> (Object) r).toList(),
                "yearCount", List.of(yearCount[0], yearCount[1], yearCount[2]), "higherCount", higherCount);
    }

    /**
     * The programme as template data: rows (key, name, clauseText, clauses, owner, core, higher, rating, reason,
     * years as three booleans, auditor (role; missing for an external auditor), auditorName, independent),
     * auditors (the qualified internal auditors, roles), yearCount (audits in each year) and higherCount (rows
     * audited every year).
     */
    Map<String, Object> model() {
        return model;
    }

    /** A row before its rating; key names the area (an area key or a process id). */
    private record Row(String key, String name, String clauseText, List<String> clauses, Map<String, Object> owner, boolean core, String reason) {
    }

    private static Row area(AuditAreas.Area area, String edition, Map<String, Object> top, Map<String, Object> manager,
                            Map<String, Object> transitionOwner, Map<String, String> messages) {
        Map<String, Object> owner = switch (area.auditee()) {
            case TOP -> top;
            case MANAGER -> manager;
            case TRANSITION -> transitionOwner;
        };
        String reason = area.reason() == null ? "" : text(messages, "reason." + area.reason());
        return new Row(area.key(), text(messages, "area." + edition + "." + area.key()), area.clauseText(), area.clauses(), owner,
                area.reason() != null, reason);
    }

    /** The gap-analysis status of the first open gap on, above or below one of the clauses; null when none. */
    static String gapFor(List<String> clauses, List<Gap> open) {
        for (String clause : clauses) {
            for (Gap gap : open) {
                if (gap.clause().equals(clause) || clause.startsWith(gap.clause() + ".") || gap.clause().startsWith(clause + ".")) {
                    return gap.status();
                }
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> owner(Map<String, Object> process) {
        return (Map<String, Object>) process.get("owner");
    }

    private static String text(Map<String, String> messages, String key) {
        String text = messages.get("auditProgramme." + key);
        if (text == null) {
            throw new IllegalStateException("the message bundles have no text auditProgramme." + key);
        }
        return text;
    }
}
