package io.smsdocs.core.check;

import io.smsdocs.core.problem.Problem;

import java.util.List;
import java.util.Locale;

/**
 * A scope statement that still carries the placeholder of an older sms:init ("Replace this sentence with your
 * own scope statement.") is not a scope an auditor accepts: the standard asks for the organisation's own.
 */
final class PlaceholderScopeCheck implements Check {

    static final String PLACEHOLDER = "Replace this sentence with your own scope statement";

    @Override
    public List<Problem> run(CheckContext context) {
        var tree = context.descriptor().tree();
        String scope = tree.root().path("sms").path("scope").asText("").replaceAll("\\s+", " ");
        if (!scope.toLowerCase(Locale.ROOT).contains(PLACEHOLDER.toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        return List.of(Problem.warning(tree.valueAt("/sms/scope"), "sms.scope still contains the placeholder '" + PLACEHOLDER + ".'",
                "write your own scope statement: which services, for which customers, from which sites"));
    }
}
