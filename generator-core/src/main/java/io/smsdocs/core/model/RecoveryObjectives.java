package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.model.Service;

import java.math.BigDecimal;

/**
 * The recovery time and recovery point objectives of one service, in hours: the service's own
 * (services[].recovery.rto / rpo) where the descriptor gives them, otherwise its criticality's rule; rtoOwn and
 * rpoOwn say which, so documents can state where each value comes from.
 */
public record RecoveryObjectives(Criticality criticality, BigDecimal rtoHours, boolean rtoOwn, BigDecimal rpoHours, boolean rpoOwn) {

    public static RecoveryObjectives of(Service service) {
        Criticality criticality = Criticality.of(service.criticality());
        BigDecimal rto = service.recovery().rtoHours();
        BigDecimal rpo = service.recovery().rpoHours();
        return new RecoveryObjectives(criticality, rto == null ? criticality.rtoHours() : rto, rto != null,
                rpo == null ? criticality.rpoHours() : rpo, rpo != null);
    }

    /** The service's own RTO is longer than its criticality's rule allows. */
    public boolean rtoWeakerThanRule() {
        return rtoOwn && rtoHours.compareTo(criticality.rtoHours()) > 0;
    }

    /** The service's own RPO allows older data than its criticality's rule does. */
    public boolean rpoWeakerThanRule() {
        return rpoOwn && rpoHours.compareTo(criticality.rpoHours()) > 0;
    }
}
