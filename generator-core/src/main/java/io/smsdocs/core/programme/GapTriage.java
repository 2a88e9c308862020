package io.smsdocs.core.programme;

import io.smsdocs.core.standard.Activity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Decides from the gap results whether an activity runs in full, shortened or not at all, and says why. */
final class GapTriage {

    record Decision(Treatment treatment, int effortDays, Reason reason) {
    }

    private final ClauseStatuses statuses;
    private final String edition;

    GapTriage(ClauseStatuses statuses, String edition) {
        this.statuses = statuses;
        this.edition = edition;
    }

    Decision decide(Activity activity) {
        List<String> clauses = activity.clauses(edition);
        if (activity.alwaysNeeded()) {
            // Audits, reviews and governance steps must happen even where the clause already conforms.
            return new Decision(Treatment.FULL, activity.effortDays(), Reason.of(Reason.Kind.ALWAYS_NEEDED, List.of(), edition));
        }
        if (clauses.isEmpty()) {
            CertificationEdition certification = CertificationEdition.of(edition);
            List<String> certified = activity.clauses(certification.certifiedEdition());
            if (certification.transition() && !certified.isEmpty()) {
                // The SMS's edition does not ask for it, but the certification audit (2018) does: the 2011
                // gap data says nothing about these clauses, so the work is planned in full.
                return new Decision(Treatment.FULL, activity.effortDays(),
                        Reason.of(Reason.Kind.TRANSITION, certified, certification.certifiedEdition()));
            }
            return new Decision(Treatment.DROPPED, 0, Reason.of(Reason.Kind.NOT_IN_EDITION, List.of(), edition));
        }
        List<String> missing = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        for (String leaf : leaves(clauses)) {
            switch (statuses.of(leaf)) {
                case MISSING -> missing.add(leaf);
                case PARTIAL -> partial.add(leaf);
                case IMPLEMENTED -> { }
            }
        }
        if (!missing.isEmpty()) {
            return new Decision(Treatment.FULL, activity.effortDays(), Reason.of(Reason.Kind.MISSING, missing, edition));
        }
        if (!partial.isEmpty()) {
            return new Decision(Treatment.SHORTENED, shortened(activity.effortDays()),
                    Reason.of(Reason.Kind.PARTIAL, partial, edition));
        }
        return new Decision(Treatment.DROPPED, 0, Reason.of(Reason.Kind.IMPLEMENTED, clauses, edition));
    }

    /** Half the effort, rounded up, at least one day: finishing a partial process still needs review work. */
    static int shortened(int effortDays) {
        return Math.max(1, (effortDays + 1) / 2);
    }

    private Set<String> leaves(List<String> clauses) {
        Set<String> leaves = new LinkedHashSet<>();
        clauses.forEach(c -> leaves.addAll(statuses.leavesUnder(c)));
        return leaves;
    }
}
