package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.model.Gap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries the improvement register starts with (2018 10.2; 2011 4.5.5), exposed as {@code improvementRegister}.
 * The SMS master data holds no improvement records of its own, so the register is seeded by two stated rules
 * instead of invented entries:
 * <ul>
 * <li>every opportunity of the risk and opportunity register becomes an entry (kind "opportunity") with its
 * description, proposed action, likelihood and benefit, owned by its owner and awaiting evaluation; its priority is
 * the level the register's risk matrix gives it (the template applies the matrix);</li>
 * <li>every clause the gap assessment rates missing or partial becomes an entry (kind "gap"): priority high when
 * missing, medium when partial; it is planned by the activities of the implementation plan that build the clause
 * out (an activity's clause equal to the gap's, under it or above it), with their effort, and is due when the last
 * of them ends, owned by that activity's owner; a clause no activity builds out is owned by the SMS manager and
 * awaits evaluation. In a 2011 set these entries are preventive actions: each closes what would otherwise be a
 * nonconformity at the certification audit.</li>
 * </ul>
 * Entries are numbered IMP-01, IMP-02, ...: opportunities first in the register's order, then gaps in clause order.
 */
final class ImprovementRegister {

    /** A scheduled activity of the implementation plan, as far as an entry needs it: the clauses it builds out, its effort and end. */
    record PlannedWork(String id, List<String> clauses, int effortDays, LocalDate end) {
    }

    private ImprovementRegister() {
    }

    /**
     * @param risks          the risks and opportunities as templates see them (sms.risks)
     * @param scheduled      the activities the implementation plan schedules, in its order
     * @param activityMaps   the same activities as templates see them (implementationPlan.activities): owner and end label
     * @param clauseTitles   the clauses of the edition, in order, with their titles
     * @param manager        the SMS manager's role map: the owner of a gap no activity builds out
     * @param risksDecision  the open decision on the risks while the starter ones stand in, or null
     */
    static Map<String, Object> of(String edition, List<?> risks, List<Gap> gaps, List<PlannedWork> scheduled,
                                  List<?> activityMaps, Map<String, Object> clauseTitles, Map<String, Object> manager,
                                  String risksDecision, Map<String, String> messages) {
        List<Object> entries = new ArrayList<>();
        for (Object risk : risks) {
            Map<?, ?> r = (Map<?, ?>) risk;
            if ("opportunity".equals(r.get("type"))) {
                entries.add(TemplateModelFactory.map("ref", ref(entries.size()), "kind", "opportunity", "riskId", r.get("ref"),
                        "description", r.get("description"), "action", blankToNull(r.get("treatment")),
                        "likelihood", r.get("likelihood"), "benefit", r.get("impact"), "owner", r.get("owner"),
                        "activities", List.of(), "planned", false));
            }
        }
        int opportunities = entries.size();
        Map<String, Map<?, ?>> activityById = new HashMap<>();
        activityMaps.forEach(a -> activityById.put((String) ((Map<?, ?>) a).get("id"), (Map<?, ?>) a));
        List<String> clauseOrder = List.copyOf(clauseTitles.keySet());
        List<Gap> open = gaps.stream().filter(g -> "missing".equals(g.status()) || "partial".equals(g.status()))
                .sorted(Comparator.comparingInt(g -> position(clauseOrder, g.clause()))).toList();
        for (Gap gap : open) {
            List<PlannedWork> closing = scheduled.stream().filter(a -> buildsOut(a.clauses(), gap.clause())).toList();
            // The last to end closes the gap; of two ending the same day, the later in the plan.
            PlannedWork last = closing.stream().reduce((a, b) -> b.end().isBefore(a.end()) ? a : b).orElse(null);
            Map<?, ?> lastMap = last == null ? null : activityById.get(last.id());
            Object owner = lastMap != null && lastMap.get("owner") != null ? lastMap.get("owner") : manager;
            entries.add(TemplateModelFactory.map("ref", ref(entries.size()), "kind", "gap", "clause", gap.clause(),
                    "clauseTitle", clauseTitles.get(gap.clause()), "status", gap.status(), "note", blankToNull(gap.note()),
                    "priority", "missing".equals(gap.status()) ? "high" : "medium", "preventive", "2011".equals(edition),
                    "owner", owner, "activities", closing.stream().map(PlannedWork::id).toList(),
                    "effortDays", closing.isEmpty() ? null : closing.stream().mapToInt(PlannedWork::effortDays).sum(),
                    "targetDate", lastMap == null ? null : lastMap.get("end"), "planned", !closing.isEmpty()));
        }
        return TemplateModelFactory.map("entries", List.copyOf(entries), "opportunityCount", opportunities,
                "gapCount", entries.size() - opportunities,
                "risksMark", risksDecision == null ? "" : " " + messages.getOrDefault("decision.mark", "(open decision {0})").replace("{0}", risksDecision));
    }

    /** Whether an activity that builds out these clauses works on the gap's clause: the same, one under it, or one above it. */
    static boolean buildsOut(List<String> activityClauses, String gapClause) {
        return activityClauses.stream().anyMatch(c -> c.equals(gapClause) || c.startsWith(gapClause + ".") || gapClause.startsWith(c + "."));
    }

    private static int position(List<String> clauseOrder, String clause) {
        int index = clauseOrder.indexOf(clause);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static String ref(int index) {
        return String.format(java.util.Locale.ROOT, "IMP-%02d", index + 1);
    }

    private static Object blankToNull(Object value) {
        return value == null || value.toString().isBlank() ? null : value;
    }
}
