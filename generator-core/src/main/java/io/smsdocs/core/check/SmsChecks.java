package io.smsdocs.core.check;

import io.smsdocs.core.problem.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** All checks, in a fixed order, sorted by place so the output reads top to bottom like the descriptor. */
public final class SmsChecks {

    private static final List<Check> GAPS = List.of(new PlaceholderScopeCheck(), new ClauseCoverageCheck(), new ProcessOwnerCheck(),
            new ServiceLevelTargetCheck(), new ServiceLevelArithmeticCheck(), new RecoveryObjectiveCheck(), new OwnerConcentrationCheck(),
            new ProgrammeCheck(), new AuditIndependenceCheck(), new CertificationRecordCheck(),
            new IssuedDocumentCheck());
    private static final Check REVIEWS = new ReviewDateCheck();
    private static final Check DECISIONS = new OpenDecisionCheck();

    private SmsChecks() {
    }

    /**
     * Gaps in the SMS documentation, documents past their review date (which a build may tolerate),
     * template overrides written against an older built-in pack (always only a warning), notes: defaults
     * the tool applied and states (informational, never a failure, also not under failOnWarning), and the
     * decisions the descriptor leaves open (warnings; a failure under failOnOpenDecisions or failOnWarning).
     */
    public record Findings(List<Problem> gaps, List<Problem> overdueReviews, List<Problem> staleOverrides, List<Problem> notes,
                           List<Problem> openDecisions) {

        public Findings(List<Problem> gaps, List<Problem> overdueReviews, List<Problem> staleOverrides, List<Problem> notes) {
            this(gaps, overdueReviews, staleOverrides, notes, List.of());
        }

        public Findings(List<Problem> gaps, List<Problem> overdueReviews, List<Problem> staleOverrides) {
            this(gaps, overdueReviews, staleOverrides, List.of());
        }

        public Findings(List<Problem> gaps, List<Problem> overdueReviews) {
            this(gaps, overdueReviews, List.of());
        }

        public Findings withStaleOverrides(List<Problem> stale) {
            return new Findings(gaps, overdueReviews, List.copyOf(stale), notes, openDecisions);
        }

        public List<Problem> all() {
            List<Problem> all = new ArrayList<>(gaps);
            all.addAll(overdueReviews);
            return sorted(all);
        }
    }

    public static Findings run(CheckContext context) {
        List<Problem> gaps = new ArrayList<>();
        List<Problem> notes = new ArrayList<>();
        for (Check check : GAPS) {
            check.run(context).forEach(problem -> (problem.isInfo() ? notes : gaps).add(problem));
        }
        return new Findings(sorted(gaps), sorted(REVIEWS.run(context)), List.of(), sorted(notes), DECISIONS.run(context));
    }

    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(Comparator.comparing(Problem::source).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        return List.copyOf(copy);
    }
}
