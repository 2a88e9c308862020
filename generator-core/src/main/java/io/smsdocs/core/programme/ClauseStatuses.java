package io.smsdocs.core.programme;

import io.smsdocs.core.standard.ClauseCatalogue;

import java.util.List;
import java.util.Map;

/**
 * Gap status of any clause of one edition. An unassessed clause takes the status of its nearest assessed
 * parent (8.5.1.2 takes 8.5.1's); with no assessed parent it counts as missing, to stay conservative.
 */
public final class ClauseStatuses {

    private final ClauseCatalogue catalogue;
    private final Map<String, GapStatus> assessed;

    public ClauseStatuses(ClauseCatalogue catalogue, Map<String, GapStatus> assessed) {
        this.catalogue = catalogue;
        this.assessed = Map.copyOf(assessed);
    }

    public ClauseCatalogue catalogue() {
        return catalogue;
    }

    /** The status of one clause, inherited when it was not assessed itself. */
    public GapStatus of(String clause) {
        for (String c = clause; c != null; c = parent(c)) {
            GapStatus status = assessed.get(c);
            if (status != null) {
                return status;
            }
        }
        return GapStatus.MISSING;
    }

    /** The status the gap assessment gives the clause itself or its nearest assessed parent; empty when neither is assessed. */
    public java.util.Optional<GapStatus> assessed(String clause) {
        for (String c = clause; c != null; c = parent(c)) {
            GapStatus status = assessed.get(c);
            if (status != null) {
                return java.util.Optional.of(status);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The clauses that carry requirements under a clause: itself when it has no sub-clauses, else its leaves.
     * Assessing a parent therefore covers its leaves, and assessing every leaf covers the parent.
     */
    public List<String> leavesUnder(String clause) {
        List<String> leaves = catalogue.numbers().stream()
                .filter(n -> n.startsWith(clause + ".") && isLeaf(n))
                .toList();
        return leaves.isEmpty() ? List.of(clause) : leaves;
    }

    /** Every leaf clause of the edition, in document order. */
    public List<String> allLeaves() {
        return catalogue.numbers().stream().filter(this::isLeaf).toList();
    }

    private boolean isLeaf(String number) {
        return catalogue.numbers().stream().noneMatch(n -> n.startsWith(number + "."));
    }

    static String parent(String clause) {
        int dot = clause.lastIndexOf('.');
        return dot < 0 ? null : clause.substring(0, dot);
    }
}
