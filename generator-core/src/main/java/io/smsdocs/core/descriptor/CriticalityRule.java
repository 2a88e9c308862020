package io.smsdocs.core.descriptor;

import java.math.BigDecimal;

/**
 * The criticality of a service whose descriptor entry gives none, derived from what it commits to (the rule
 * docs/descriptor.md states): high when its availability target is 99.9 % or more, when it runs round the clock
 * with a target of 99.5 % or more, or when three or more external customers rely on it at 99.5 % or more;
 * low when its target is below 99 % and it does not run round the clock; medium otherwise.
 */
public final class CriticalityRule {

    public static final BigDecimal HIGH_TARGET = new BigDecimal("99.9");
    public static final BigDecimal ROUND_THE_CLOCK_HIGH_TARGET = new BigDecimal("99.5");
    public static final int MANY_EXTERNAL_CUSTOMERS = 3;
    public static final BigDecimal LOW_TARGET = new BigDecimal("99");

    private CriticalityRule() {
    }

    /** "high", "medium" or "low" for a service with these hours, target and number of external customers. */
    public static String derive(String hours, BigDecimal availabilityTarget, int externalCustomers) {
        boolean roundTheClock = ServiceHours.roundTheClock(hours);
        if (availabilityTarget.compareTo(HIGH_TARGET) >= 0
                || roundTheClock && availabilityTarget.compareTo(ROUND_THE_CLOCK_HIGH_TARGET) >= 0
                || externalCustomers >= MANY_EXTERNAL_CUSTOMERS && availabilityTarget.compareTo(ROUND_THE_CLOCK_HIGH_TARGET) >= 0) {
            return "high";
        }
        if (availabilityTarget.compareTo(LOW_TARGET) < 0 && !roundTheClock) {
            return "low";
        }
        return "medium";
    }
}
