package io.smsdocs.core.check;

import io.smsdocs.core.decision.OpenDecision;
import io.smsdocs.core.decision.OpenDecision.Topic;
import io.smsdocs.core.descriptor.model.Descriptor;
import io.smsdocs.core.problem.BuildSetting;
import io.smsdocs.core.problem.Problem;

import java.util.List;

/**
 * Each decision the descriptor leaves open, as a warning at the place that would record it, naming who must
 * make it and what the documents assume until then. An open service level target is already a gap of
 * {@link ServiceLevelTargetCheck}, so it is not reported twice.
 */
public final class OpenDecisionCheck implements Check {

    @Override
    public List<Problem> run(CheckContext context) {
        Descriptor descriptor = context.descriptor().descriptor();
        return context.plan().openDecisions().stream()
                .filter(decision -> decision.topic() != Topic.AVAILABILITY_TARGET)
                .map(decision -> Problem.warning(decision.at(), "open decision " + decision.id() + ": " + subject(decision)
                                + assumption(decision) + decider(decision, descriptor),
                        "record the decision as " + decision.key() + " (the decision register lists every open decision; "
                                + BuildSetting.assigned("failOnOpenDecisions", "true") + " fails the build while one is open)"))
                .toList();
    }

    private static String subject(OpenDecision d) {
        String subjects = String.join(", ", d.subjects());
        return switch (d.topic()) {
            case TOP_MANAGEMENT_HOLDER -> "nobody is named for top management (role '" + subjects + "')";
            case SMS_MANAGER_HOLDER -> "nobody is named as SMS manager (role '" + subjects + "')";
            case PROVIDER_TYPE -> "it is not said whether the organisation provides its services in-house, to external customers or both,"
                    + " and no customer tells";
            case PROCESS_OWNERS -> d.subjects().size() + (d.subjects().size() == 1 ? " process has" : " processes have")
                    + " no owner (" + subjects + ")";
            case PROCESS_TOOLS -> (d.subjects().size() == io.smsdocs.core.standard.ProcessCatalogue.ids().size()
                    ? "no process names its tool" : d.subjects().size() + (d.subjects().size() == 1 ? " process names" : " processes name")
                    + " no tool (" + subjects + ")") + " and there is no sms.defaultTool";
            case OBJECTIVES -> "the SMS objectives are the starter objectives, not the organisation's own";
            case RISKS -> "the risks and opportunities are the starter list, not the organisation's own assessment";
            case PRIORITIES -> "the incident priorities and their targets are the starter scheme";
            case SERVICE_HOURS -> "the service hours of '" + subjects + "' are not agreed";
            case AVAILABILITY_TARGET -> "the availability target of '" + subjects + "' is not agreed";
            case SERVICE_CUSTOMERS -> "service '" + subjects + "' names no customers";
            case MAINTENANCE_WINDOW -> "the round-the-clock service '" + subjects + "' has no agreed maintenance window";
            case RECOVERY_ALTERNATE -> "service '" + subjects + "' has no alternate arrangement for recovery";
            case SUPPLIER_AGREEMENT -> "supplier '" + subjects + "' has no contract or agreement reference";
            case CONTACT_DETAILS -> "the continuity plan cannot reach " + subjects + " (no person or no e-mail)";
        };
    }

    private static String assumption(OpenDecision d) {
        if (d.assumed() == null) {
            return "";
        }
        return switch (d.topic()) {
            case PROCESS_OWNERS -> "; the documents name '" + d.assumed() + "' meanwhile";
            case AVAILABILITY_TARGET -> "; the documents assume " + d.assumed() + "%";
            default -> "; the documents assume " + d.assumed();
        };
    }

    private static String decider(OpenDecision d, Descriptor descriptor) {
        if (d.decider() == null) {
            return "; to be decided by the organisation's governing body";
        }
        String title = descriptor.roleTitle(d.decider());
        return "; to be decided by the " + title;
    }
}
