package io.smsdocs.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An escalation route after level 1, as documents print it: {level, role, when} from level 2 up, a role that
 * holds two steps named once, at its first level, and a missing role skipped.
 */
final class EscalationLevels {

    private EscalationLevels() {
    }

    /**
     * @param chain steps of {role map (or null), key}, in order
     * @param when the words for a step's key
     */
    static List<Object> of(Object[][] chain, Function<String, String> when) {
        List<Object> levels = new ArrayList<>();
        List<Object> seen = new ArrayList<>();
        for (Object[] step : chain) {
            Object id = step[0] == null ? null : ((Map<?, ?>) step[0]).get("id");
            if (id != null && !seen.contains(id)) {
                seen.add(id);
                levels.add(TemplateModelFactory.map("level", levels.size() + 2, "role", step[0], "when", when.apply((String) step[1])));
            }
        }
        return Collections.unmodifiableList(levels);
    }
}
