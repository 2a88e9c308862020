package io.smsdocs.core.check;

import io.smsdocs.core.problem.Problem;

import java.util.ArrayList;
import java.util.List;

/** Every service needs its own agreed availability target; the default is a placeholder for drafts. */
public final class ServiceLevelTargetCheck implements Check {

    @Override
    public List<Problem> run(CheckContext context) {
        var tree = context.descriptor().tree();
        var services = tree.root().path("services");
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            if (!services.get(i).has("availabilityTarget")) {
                var service = context.descriptor().descriptor().services().get(i);
                String decision = context.plan().openDecisions().stream()
                        .filter(d -> d.topic() == io.smsdocs.core.decision.OpenDecision.Topic.AVAILABILITY_TARGET && d.subjects().contains(service.id()))
                        .map(d -> " (open decision " + d.id() + ")").findFirst().orElse("");
                problems.add(Problem.warning(tree.valueAt("/services/" + i), "service " + service.id()
                        + " has no SLA target; its SLA states the default " + service.availabilityTarget() + "%" + decision,
                        "add availabilityTarget to " + io.smsdocs.core.descriptor.Ordinals.service(i, service.id())
                                + (service.id() == null ? "" : ",") + " with the target agreed with the customer"));
            }
        }
        return problems;
    }
}
