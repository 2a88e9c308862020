package io.smsdocs.core.descriptor.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the descriptor says about recovering one service: the recovery time and recovery point objectives in
 * hours (null where its criticality's rule applies), the alternate arrangement when the primary site or
 * system is lost (null when none is named: an open decision), and the recovery steps in order (empty when
 * the plan's generic steps apply).
 */
public record Recovery(BigDecimal rtoHours, BigDecimal rpoHours, String alternate, List<String> steps) {

    public static final Recovery NONE = new Recovery(null, null, null, List.of());

    public Recovery {
        steps = List.copyOf(steps);
    }
}
