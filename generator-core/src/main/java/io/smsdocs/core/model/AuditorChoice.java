package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.model.Descriptor;
import io.smsdocs.core.standard.AuditAreas;
import io.smsdocs.core.standard.ProcessCatalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who audits each area of the internal audit programme, by the rule "nobody audits their own work": an
 * auditor pinned by {@code internalAudit.assignments} is taken as written (sms:check reports a pin on the
 * area's own owner); otherwise the area gets, of the qualified auditors ({@code internalAudit.auditors}, the SMS
 * manager by default) who do not own it, the one with the fewest audits so far, earlier in the list on a tie;
 * when every qualified auditor owns the area, a qualified external auditor (null here). Computed once, for the
 * programme the documents print and for the check.
 */
public final class AuditorChoice {

    /**
     * One area: its key (area key or process id), the role whose work it is, its auditor (null: an external
     * auditor) and whether the descriptor pinned that auditor.
     */
    public record Assignment(String area, String auditee, String auditor, boolean pinned) {

        /** The auditor does not audit their own work. */
        public boolean independent() {
            return auditor == null || !auditor.equals(auditee);
        }
    }

    private AuditorChoice() {
    }

    /** The assignments of every area of the descriptor's audit programme, in programme order. */
    public static List<Assignment> of(Descriptor descriptor) {
        String edition = descriptor.sms().edition();
        Map<String, String> auditees = new LinkedHashMap<>();
        AuditAreas.opening(edition).forEach(area -> auditees.put(area.key(), auditee(descriptor, area.auditee())));
        ProcessCatalogue.ids().stream().filter(id -> AuditAreas.isProcessArea(edition, id))
                .forEach(id -> auditees.put(id, descriptor.processes().get(id).owner()));
        AuditAreas.Area closing = AuditAreas.closing(edition);
        auditees.put(closing.key(), auditee(descriptor, closing.auditee()));

        List<String> auditors = descriptor.internalAudit().auditors();
        Map<String, String> pins = descriptor.internalAudit().assignments();
        Map<String, Integer> load = new LinkedHashMap<>();
        auditors.forEach(a -> load.put(a, 0));
        List<Assignment> assignments = new ArrayList<>();
        auditees.forEach((area, auditee) -> {
            String pinned = pins.get(area);
            String auditor = pinned != null ? pinned : auditors.stream().filter(a -> !a.equals(auditee))
                    .min(java.util.Comparator.comparingInt(load::get)).orElse(null);
            if (auditor != null) {
                load.merge(auditor, 1, Integer::sum);
            }
            assignments.add(new Assignment(area, auditee, auditor, pinned != null));
        });
        return List.copyOf(assignments);
    }

    private static String auditee(Descriptor descriptor, AuditAreas.Auditee auditee) {
        return switch (auditee) {
            case TOP -> descriptor.sms().topManagement();
            case MANAGER -> descriptor.sms().documentControl().owner();
            case TRANSITION -> descriptor.processes().get("service-design-and-transition").owner();
        };
    }
}
