package io.smsdocs.core.model;

import java.util.Map;

import static io.smsdocs.core.model.TemplateModelFactory.map;

/**
 * How often the SMS reviews its risks and holds its management review: decided once here (the built-in pack's
 * rule, documented in docs/templates.md) and worded from the bundles, so the plan, the register, the policy and
 * the procedures that state these frequencies cannot disagree. Exposed to templates as {@code cadence}: each
 * entry has {@code every} ("every quarter", for a sentence), {@code label} ("Quarterly", for a table cell) and
 * {@code perYear} (4).
 */
final class Cadence {

    /** Risk owners review their risks, and the SMS manager the whole register, at this interval. */
    static final String RISK_REVIEW = "quarterly";
    /** A full management review is held at this interval. */
    static final String MANAGEMENT_REVIEW = "sixMonthly";

    private static final Map<String, Integer> PER_YEAR = Map.of("quarterly", 4, "sixMonthly", 2);
    private static final Map<String, String[]> ENGLISH = Map.of(
            "quarterly", new String[] {"every quarter", "Quarterly"},
            "sixMonthly", new String[] {"every six months", "Every six months"});

    private Cadence() {
    }

    static Map<String, Object> model(Map<String, String> messages) {
        return map("riskReview", interval(RISK_REVIEW, messages), "managementReview", interval(MANAGEMENT_REVIEW, messages));
    }

    /** One interval in words: cadence.&lt;interval&gt;.every and .label. */
    static Map<String, Object> interval(String interval, Map<String, String> messages) {
        String[] english = ENGLISH.get(interval);
        return map("id", interval, "perYear", PER_YEAR.get(interval),
                "every", messages.getOrDefault("cadence." + interval + ".every", english[0]),
                "label", messages.getOrDefault("cadence." + interval + ".label", english[1]));
    }
}
