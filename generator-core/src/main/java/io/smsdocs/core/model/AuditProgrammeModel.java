package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.model.Gap;
import io.smsdocs.core.descriptor.model.Service;

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
 * over the three years in turn. Words (area names, ratings, reasons) come from the bundles
 * (auditProgramme.*).
 */
final class AuditProgrammeModel {

    /** Processes whose failure interrupts services or exposes information directly: audited every year. */
    static final Set<String> CORE_PROCESSES = Set.of("service-level-management", "change-management", "incident-management",
            "information-security-management", "service-continuity-management");

    /** Whose area it is: top management, the SMS manager, or the owner of design and transition (2011 clause 5). */
    private enum Auditee { TOP, MANAGER, TRANSITION }

    /** A management-system area of the programme, named by auditProgramme.area.<edition>.<key>. */
    private record Area(String key, String clauseText, List<String> clauses, Auditee auditee, String reason) {
    }

    private static final List<Area> OPENING_2018 = List.of(
            new Area("leadership", "4, 5, 6", List.of("4", "5", "6"), Auditee.TOP, "governs"),
            new Area("support", "7", List.of("7"), Auditee.MANAGER, null),
            new Area("operation", "8.1, 8.2.1–8.2.3", List.of("8.1", "8.2.1", "8.2.2", "8.2.3"), Auditee.MANAGER, null));
    private static final Area CLOSING_2018 =
            new Area("evaluation", "9.1–9.3, 10", List.of("9.1", "9.2", "9.3", "10"), Auditee.MANAGER, "selfCheck");
    private static final List<Area> OPENING_2011 = List.of(
            new Area("management", "4.1, 4.2", List.of("4.1", "4.2"), Auditee.TOP, "governs"),
            new Area("resources", "4.3, 4.4", List.of("4.3", "4.4"), Auditee.MANAGER, null),
            new Area("sms", "4.5.1–4.5.3", List.of("4.5.1", "4.5.2", "4.5.3"), Auditee.MANAGER, null),
            new Area("design", "5", List.of("5"), Auditee.TRANSITION, null));
    private static final Area CLOSING_2011 =
            new Area("evaluation", "4.5.4, 4.5.5", List.of("4.5.4", "4.5.5"), Auditee.MANAGER, "selfCheck");

    private final Map<String, Object> model;

    /**
     * @param processList   the processes as templates see them (id, name, clause, owner), in clause order
     * @param topManagement the role of top management
     * @param manager       the role of the SMS manager
     * @param messages      the set's fixed texts (auditProgramme.* keys)
     */
    AuditProgrammeModel(String edition, List<?> processList, Map<String, Object> topManagement,
                        Map<String, Object> manager, List<Service> services, List<Gap> gaps, Map<String, String> messages) {
        boolean edition2011 = "2011".equals(edition);
        // The criticality rule decides whether a service makes availability management a yearly audit.
        boolean availabilityYearly = services.stream().anyMatch(s -> Criticality.of(s.criticality()).availabilityAuditedYearly());
        List<Gap> open = gaps.stream().filter(g -> !"implemented".equals(g.status())).toList();
        List<Map<String, Object>> processes = processList.stream().map(AuditProgrammeModel::asMap).toList();
        Map<String, Object> transitionOwner = processes.stream().filter(p -> "service-design-and-transition".equals(p.get("id")))
                .findFirst().map(AuditProgrammeModel::owner).orElse(manager);

        // The rows before rating: the management-system clauses, every process in clause order, then the checks.
        List<Row> rows = new ArrayList<>();
        for (Area area : edition2011 ? OPENING_2011 : OPENING_2018) {
            rows.add(area(area, edition, topManagement, manager, transitionOwner, messages));
        }
        for (Map<String, Object> process : processes) {
            String id = (String) process.get("id");
            if (edition2011 && "service-design-and-transition".equals(id)) {
                continue;   // 2011 places service design and transition in clause 5, audited above
            }
            String reason = CORE_PROCESSES.contains(id) ? text(messages, "reason.direct")
                    : "service-availability-management".equals(id) && availabilityYearly ? text(messages, "reason.highCriticality") : "";
            String clause = (String) process.get("clause");
            rows.add(new Row((String) process.get("name"), clause, List.of(clause), owner(process), !reason.isEmpty(), reason));
        }
        rows.add(area(edition2011 ? CLOSING_2011 : CLOSING_2018, edition, topManagement, manager, transitionOwner, messages));

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
            programme.add(TemplateModelFactory.map("name", row.name(), "clauseText", row.clauseText(), "clauses", row.clauses(),
                    "owner", row.owner(), "core", row.core(), "higher", higher,
                    "rating", text(messages, higher ? "rating.higher" : "rating.standard"), "reason", reason, "years", years));
        }
        this.model = TemplateModelFactory.map("rows", List.copyOf(programme),
                "yearCount", List.of(yearCount[0], yearCount[1], yearCount[2]), "higherCount", higherCount);
    }

    /**
     * The programme as template data: rows (name, clauseText, clauses, owner, core, higher, rating, reason,
     * years as three booleans), yearCount (audits in each year) and higherCount (rows audited every year).
     */
    Map<String, Object> model() {
        return model;
    }

    /** A row before its rating. */
    private record Row(String name, String clauseText, List<String> clauses, Map<String, Object> owner, boolean core, String reason) {
    }

    private static Row area(Area area, String edition, Map<String, Object> top, Map<String, Object> manager,
                            Map<String, Object> transitionOwner, Map<String, String> messages) {
        Map<String, Object> owner = switch (area.auditee()) {
            case TOP -> top;
            case MANAGER -> manager;
            case TRANSITION -> transitionOwner;
        };
        String reason = area.reason() == null ? "" : text(messages, "reason." + area.reason());
        return new Row(text(messages, "area." + edition + "." + area.key()), area.clauseText(), area.clauses(), owner,
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
