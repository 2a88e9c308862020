package io.smsdocs.core.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * What the criticality of a service commits the SMS to, one row per criticality: the rule docs/descriptor.md
 * states and the documents print (serviceLevels.rules). Recovery time and recovery point objectives (a
 * service may set stricter ones of its own, see {@link RecoveryObjectives}), the availability target while
 * the continuity plan is invoked, the capacity headroom, how often its customers and the suppliers that
 * support it are reviewed, and whether the availability management process that keeps it is audited every
 * year. A party that deals with several services follows the most critical of them. The business impact
 * analysis takes two more rows from here: the impact of an outage on operations after each of its
 * {@link #IMPACT_CHECKPOINT_HOURS} and the maximum tolerable outage, the point after which the impact would be
 * severe. Each recovery time objective of the rule lies well inside its maximum tolerable outage.
 */
public enum Criticality {
    HIGH(4, 1, "99", 30, "monthly", "quarterly", true, 8,
            ImpactLevel.MODERATE, ImpactLevel.MAJOR, ImpactLevel.SEVERE, ImpactLevel.SEVERE),
    MEDIUM(8, 24, "98", 20, "quarterly", "six-monthly", false, 48,
            ImpactLevel.MINOR, ImpactLevel.MODERATE, ImpactLevel.MAJOR, ImpactLevel.SEVERE),
    LOW(24, 24, "95", 10, "quarterly", "six-monthly", false, 168,
            ImpactLevel.MINOR, ImpactLevel.MINOR, ImpactLevel.MODERATE, ImpactLevel.MAJOR);

    /** The outage durations, in hours of service, at which the business impact analysis rates the impact: 1 hour, 4 hours, 1 day, 1 week. */
    public static final List<Integer> IMPACT_CHECKPOINT_HOURS = List.of(1, 4, 24, 168);

    private final BigDecimal rtoHours;
    private final BigDecimal rpoHours;
    private final BigDecimal invokedTarget;
    private final int headroomPercent;
    private final String customerReview;
    private final String supplierReview;
    private final boolean availabilityAuditedYearly;
    private final int mtoHours;
    private final List<ImpactLevel> impactOverTime;

    Criticality(int rtoHours, int rpoHours, String invokedTarget, int headroomPercent, String customerReview,
                String supplierReview, boolean availabilityAuditedYearly, int mtoHours, ImpactLevel... impactOverTime) {
        this.rtoHours = BigDecimal.valueOf(rtoHours);
        this.rpoHours = BigDecimal.valueOf(rpoHours);
        this.invokedTarget = new BigDecimal(invokedTarget);
        this.headroomPercent = headroomPercent;
        this.customerReview = customerReview;
        this.supplierReview = supplierReview;
        this.availabilityAuditedYearly = availabilityAuditedYearly;
        this.mtoHours = mtoHours;
        this.impactOverTime = List.of(impactOverTime);
    }

    /** "high", "medium" or "low", as the descriptor writes it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The longest time from invocation of the continuity plan until the service is usable again. */
    public BigDecimal rtoHours() {
        return rtoHours;
    }

    /** The greatest age of the service's data once it is restored. */
    public BigDecimal rpoHours() {
        return rpoHours;
    }

    BigDecimal invokedTarget() {
        return invokedTarget;
    }

    int headroomPercent() {
        return headroomPercent;
    }

    /** How often a customer of a service of this criticality has a service review: a key of reviewFrequency.* */
    String customerReview() {
        return customerReview;
    }

    /** How often a supplier that supports a service of this criticality is reviewed: a key of reviewFrequency.* */
    String supplierReview() {
        return supplierReview;
    }

    /** Whether availability management is audited in every year of the cycle while a service of this criticality exists. */
    boolean availabilityAuditedYearly() {
        return availabilityAuditedYearly;
    }

    /** The longest outage, in hours of service, after which the impact on operations is not yet severe. */
    public int mtoHours() {
        return mtoHours;
    }

    /** The impact of an outage on operations after each of the {@link #IMPACT_CHECKPOINT_HOURS}, in the same order. */
    List<ImpactLevel> impactOverTime() {
        return impactOverTime;
    }

    /** The criticality a descriptor value names; a value outside the three is treated as medium. */
    public static Criticality of(String value) {
        if (value != null) {
            for (Criticality c : values()) {
                if (c.key().equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return c;
                }
            }
        }
        return MEDIUM;
    }

    /** The most critical of the values (high before medium before low); null when there are none. */
    static Criticality highest(Iterable<String> values) {
        Criticality highest = null;
        for (String value : values) {
            Criticality c = of(value);
            if (highest == null || c.ordinal() < highest.ordinal()) {
                highest = c;
            }
        }
        return highest;
    }
}
