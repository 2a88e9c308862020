package io.smsdocs.core.standard;

import java.util.List;
import java.util.Map;

/**
 * One activity of the implementation catalogue, before gap results and scheduling.
 *
 * @param clausesByEdition the clauses it builds out, keyed "2018" / "2011"; an empty list means the edition
 *                         does not require it
 * @param owner            symbolic: {@code top-management}, {@code sms-manager} or {@code process:<process id>}
 * @param lagDays          working days to wait after the dependencies end
 * @param alwaysNeeded     governance, audit and review steps that are kept even when their clauses are implemented
 */
public record Activity(String id, Stage stage, String title, Map<String, List<String>> clausesByEdition, String owner,
                       int effortDays, int lagDays, List<String> dependsOn, boolean alwaysNeeded) {

    public static final String PROCESS_OWNER_PREFIX = "process:";

    public Activity {
        clausesByEdition = Map.copyOf(clausesByEdition);
        dependsOn = List.copyOf(dependsOn);
        if (effortDays < 1) {
            throw new IllegalArgumentException(id + ": effort must be at least 1 day");
        }
    }

    public List<String> clauses(String edition) {
        return clausesByEdition.getOrDefault(edition, List.of());
    }

    /** The process id when a process owner owns it, else null. */
    public String ownerProcess() {
        return owner.startsWith(PROCESS_OWNER_PREFIX) ? owner.substring(PROCESS_OWNER_PREFIX.length()) : null;
    }
}
