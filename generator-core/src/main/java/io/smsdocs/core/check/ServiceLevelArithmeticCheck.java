package io.smsdocs.core.check;

import io.smsdocs.core.descriptor.DurationText;
import io.smsdocs.core.descriptor.ServiceHours;
import io.smsdocs.core.descriptor.model.Priority;
import io.smsdocs.core.descriptor.model.Service;
import io.smsdocs.core.problem.Problem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The SLA must add up: a service's availability target allows so many minutes of unplanned unavailability a
 * month over its service hours, and a single incident of the highest priority may take as long as its
 * resolution target. When one such incident alone would break the month's target, the two commitments
 * contradict each other. Reported at the service's target, with the highest target the resolution time fits.
 * Only commitments the descriptor states are compared: an assumed priority scheme, target or service hours is
 * an open decision already, and the documents mark it as such.
 */
public final class ServiceLevelArithmeticCheck implements Check {

    @Override
    public List<Problem> run(CheckContext context) {
        var descriptor = context.descriptor().descriptor();
        var tree = context.descriptor().tree();
        var priorities = tree.root().path("serviceLevels").path("priorities");
        if (descriptor.priorities().isEmpty() || priorities.isMissingNode() || priorities.isEmpty()) {
            return List.of();
        }
        Priority highest = descriptor.priorities().get(0);
        OptionalLong resolution = DurationText.minutes(highest.resolution());
        if (resolution.isEmpty()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        List<Service> services = descriptor.services();
        for (int i = 0; i < services.size(); i++) {
            Service service = services.get(i);
            var node = tree.root().path("services").path(i);
            if (!node.has("availabilityTarget") || !node.has("hours")) {
                continue;
            }
            OptionalDouble allowed = ServiceHours.allowedMinutesPerMonth(service.hours(), service.availabilityTarget());
            if (allowed.isEmpty() || resolution.getAsLong() <= Math.round(allowed.getAsDouble())) {
                continue;
            }
            double monthMinutes = allowed.getAsDouble() * 100 / (100 - service.availabilityTarget().doubleValue());
            BigDecimal fits = BigDecimal.valueOf(100 - resolution.getAsLong() * 100.0 / monthMinutes).setScale(2, RoundingMode.FLOOR)
                    .stripTrailingZeros();
            String pointer = "/services/" + i + "/availabilityTarget";
            problems.add(Problem.warning(tree.valueAt(pointer), "the SLA of '" + service.id() + "' allows "
                            + ServiceHours.allowedDowntimePerMonth(service.hours(), service.availabilityTarget())
                            + " of unplanned unavailability a month (" + service.availabilityTarget().toPlainString() + " % of "
                            + service.hours() + "), but one " + highest.id() + " incident may take " + highest.resolution()
                            + " to resolve",
                    "shorten the " + highest.id() + " resolution target in serviceLevels.priorities, or agree a target of at most "
                            + fits.toPlainString() + " % for this service"));
        }
        return problems;
    }
}
