package io.smsdocs.core.standard;

import java.util.ArrayList;
import java.util.List;

/**
 * The areas of the internal audit programme that are not processes: the management-system clauses audited
 * first and the checking clauses audited last, per edition, with whose area each is. Between them, every
 * process of the catalogue is an area of its own (2011 places service design and transition in clause 5).
 * Their keys name them in the descriptor ({@code internalAudit.assignments.<key>}) and in the bundles
 * ({@code auditProgramme.area.<edition>.<key>}).
 */
public final class AuditAreas {

    /** Whose area it is: top management, the SMS manager, or the owner of design and transition (2011 clause 5). */
    public enum Auditee { TOP, MANAGER, TRANSITION }

    /** A management-system area: key, clauses as printed and as a list, its auditee, why it is higher risk (or null). */
    public record Area(String key, String clauseText, List<String> clauses, Auditee auditee, String reason) {
    }

    private static final List<Area> OPENING_2018 = List.of(
            new Area("leadership", "4, 5, 6", List.of("4", "5", "6"), Auditee.TOP, "governs"),
            new Area("support", "7", List.of("7"), Auditee.MANAGER, null),
            new Area("operation", "8.1, 8.2.1–8.2.3", List.of("8.1", "8.2.1", "8.2.2", "8.2.3"), Auditee.MANAGER, null));
    private static final Area CLOSING_2018 =
            new Area("evaluation", "9.1–9.3, 10", List.of("9.1", "9.2", "9.3", "10"), Auditee.MANAGER, "selfCheck");
    private static final List<Area> OPENING_2011 = List.of(
            new Area("management", "4.1, 4.2", List.of("4.1", "4.2"), Auditee.TOP, "governs"),
            new Area("resources", "4.3, 4.4", List.of("4.3", "4.4"), Auditee.MANAGER, null),
            new Area("sms", "4.5.1–4.5.3", List.of("4.5.1", "4.5.2", "4.5.3"), Auditee.MANAGER, null),
            new Area("design", "5", List.of("5"), Auditee.TRANSITION, null));
    private static final Area CLOSING_2011 =
            new Area("evaluation", "4.5.4, 4.5.5", List.of("4.5.4", "4.5.5"), Auditee.MANAGER, "selfCheck");

    private AuditAreas() {
    }

    /** The areas audited before the processes. */
    public static List<Area> opening(String edition) {
        return "2011".equals(edition) ? OPENING_2011 : OPENING_2018;
    }

    /** The area audited after the processes: the SMS's own checking (internal audit among them). */
    public static Area closing(String edition) {
        return "2011".equals(edition) ? CLOSING_2011 : CLOSING_2018;
    }

    /** Whether a process is an area of its own in the edition's programme. */
    public static boolean isProcessArea(String edition, String processId) {
        return !("2011".equals(edition) && "service-design-and-transition".equals(processId));
    }

    /** Every key that names an area of the edition's programme: the management-system areas and the processes. */
    public static List<String> keys(String edition) {
        List<String> keys = new ArrayList<>(opening(edition).stream().map(Area::key).toList());
        ProcessCatalogue.ids().stream().filter(id -> isProcessArea(edition, id)).forEach(keys::add);
        keys.add(closing(edition).key());
        return List.copyOf(keys);
    }
}
