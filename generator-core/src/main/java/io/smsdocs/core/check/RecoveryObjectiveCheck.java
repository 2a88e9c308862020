package io.smsdocs.core.check;

import io.smsdocs.core.descriptor.LocatedTree;
import io.smsdocs.core.descriptor.Ordinals;
import io.smsdocs.core.descriptor.ServiceHours;
import io.smsdocs.core.descriptor.model.Service;
import io.smsdocs.core.model.RecoveryObjectives;
import io.smsdocs.core.problem.Problem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Recovery objectives that contradict what else the descriptor commits a service to: an RTO or RPO of the
 * service's own that is weaker than its criticality's rule (the continuity plan states the rule as the
 * minimum), an RTO longer than all the unplanned downtime its availability target allows in a year over its
 * service hours (one invocation of the continuity plan would use up more than a year's allowance), and an RTO
 * shorter than that of a service it depends on (which is recovered first). Each finding is located at the
 * descriptor value to change.
 */
public final class RecoveryObjectiveCheck implements Check {

    /** Weeks in an average year, as ServiceHours counts months. */
    static final double WEEKS_PER_YEAR = 365.25 / 7;

    @Override
    public List<Problem> run(CheckContext context) {
        LocatedTree tree = context.descriptor().tree();
        List<Service> services = context.descriptor().descriptor().services();
        Map<String, Service> byId = new HashMap<>();
        services.forEach(s -> byId.putIfAbsent(s.id(), s));
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            Checked checked = new Checked(services.get(i), RecoveryObjectives.of(services.get(i)), "/services/" + i,
                    Ordinals.service(i, services.get(i).id()), tree);
            weakerThanRule(checked, problems);
            longerThanAYearsDowntime(checked, problems);
            shorterThanDependencies(checked, byId, problems);
        }
        return problems;
    }

    /** One service under check: its objectives, where it is in the descriptor and how messages name it. */
    private record Checked(Service service, RecoveryObjectives objectives, String pointer, String subject, LocatedTree tree) {

        String criticality() {
            return (service.criticalityDerived() ? "derived " : "") + objectives.criticality().key() + " criticality";
        }
    }

    private static void weakerThanRule(Checked c, List<Problem> problems) {
        RecoveryObjectives o = c.objectives();
        if (o.rtoWeakerThanRule()) {
            problems.add(Problem.warning(c.tree().valueAt(c.pointer() + "/recovery/rto"), c.subject() + ", has an RTO of "
                    + hours(o.rtoHours()) + ", longer than the " + hours(o.criticality().rtoHours()) + " the rule for its "
                    + c.criticality() + " allows",
                    "shorten recovery.rto to " + hours(o.criticality().rtoHours()) + " or less; if its customers accept"
                            + " the longer recovery, record that with a lower criticality for the service"));
        }
        if (o.rpoWeakerThanRule()) {
            problems.add(Problem.warning(c.tree().valueAt(c.pointer() + "/recovery/rpo"), c.subject() + ", has an RPO of "
                    + hours(o.rpoHours()) + ", more data loss than the " + hours(o.criticality().rpoHours()) + " the rule for its "
                    + c.criticality() + " allows",
                    "shorten recovery.rpo to " + hours(o.criticality().rpoHours()) + " or less; if its customers accept"
                            + " the greater loss, record that with a lower criticality for the service"));
        }
    }

    /** Located at the service's own RTO, or else at the target it contradicts, or else at the service. */
    private static void longerThanAYearsDowntime(Checked c, List<Problem> problems) {
        RecoveryObjectives o = c.objectives();
        Optional<BigDecimal> exceeded = downtimeExceeded(c.service(), o);
        if (exceeded.isEmpty()) {
            return;
        }
        BigDecimal allowed = exceeded.get();
        String at = o.rtoOwn() ? c.pointer() + "/recovery/rto"
                : c.tree().root().at(c.pointer()).has("availabilityTarget") ? c.pointer() + "/availabilityTarget" : c.pointer();
        problems.add(Problem.warning(c.tree().valueAt(at), c.subject() + ", has an RTO of " + hours(o.rtoHours())
                        + (o.rtoOwn() ? "" : " (the rule for its " + c.criticality() + ")") + ", longer than the " + hours(allowed)
                        + " of unplanned downtime its " + c.service().availabilityTarget().toPlainString()
                        + "% target allows in a whole year of its service hours (" + c.service().hours() + ")",
                c.service().availabilityTarget().compareTo(BigDecimal.valueOf(100)) >= 0
                        ? "a target that allows no downtime cannot be kept through a recovery; agree a target below 100%"
                        : "one invocation of the continuity plan would use up more than a year's downtime; "
                                + (o.rtoOwn() ? "shorten recovery.rto" : "set recovery.rto for this service") + " to "
                                + hours(allowed) + " or less, or agree a lower availability target"));
    }

    /** A service cannot be usable again before the services it needs, which are recovered first. */
    private static void shorterThanDependencies(Checked c, Map<String, Service> byId, List<Problem> problems) {
        List<String> dependsOn = c.service().dependsOn();
        for (int k = 0; k < dependsOn.size(); k++) {
            String id = dependsOn.get(k);
            Service needed = byId.get(id);
            if (needed == null) {
                continue;
            }
            BigDecimal neededRto = RecoveryObjectives.of(needed).rtoHours();
            if (c.objectives().rtoHours().compareTo(neededRto) < 0) {
                problems.add(Problem.warning(c.tree().valueAt(c.pointer() + "/dependsOn/" + k), c.subject() + ", has an RTO of "
                                + hours(c.objectives().rtoHours()) + ", shorter than the " + hours(neededRto) + " of '" + id
                                + "', which it depends on and which is recovered first",
                        "it cannot be usable before the services it needs: set recovery.rto of '" + id + "' to "
                                + hours(c.objectives().rtoHours()) + " or less, or give this service a longer one"));
            }
        }
    }

    /**
     * The unplanned downtime the target allows in a year when the RTO exceeds it, rounded down to a tenth of an hour
     * (to a hundredth below a tenth), so an RTO of the hint's value passes.
     */
    static Optional<BigDecimal> downtimeExceeded(Service service, RecoveryObjectives objectives) {
        OptionalDouble perWeek = ServiceHours.perWeek(service.hours());
        if (perWeek.isEmpty() || service.availabilityTarget() == null) {
            return Optional.empty();   // hours in no form we read: nothing to compare with
        }
        BigDecimal share = BigDecimal.valueOf(100).subtract(service.availabilityTarget()).movePointLeft(2);
        BigDecimal allowed = BigDecimal.valueOf(perWeek.getAsDouble() * WEEKS_PER_YEAR).multiply(share);
        return objectives.rtoHours().compareTo(allowed) > 0
                ? Optional.of(allowed.setScale(allowed.compareTo(new BigDecimal("0.1")) < 0 ? 2 : 1, RoundingMode.FLOOR).stripTrailingZeros())
                : Optional.empty();
    }

    /** "1 hour", "4 hours", "0.5 hours". */
    static String hours(BigDecimal hours) {
        String number = hours.stripTrailingZeros().toPlainString();
        return number + (hours.compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours");
    }
}
