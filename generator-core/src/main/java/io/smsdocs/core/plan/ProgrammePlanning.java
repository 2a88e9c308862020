package io.smsdocs.core.plan;

import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SourceLocation;
import io.smsdocs.core.programme.DateConflict;
import io.smsdocs.core.programme.MilestoneKind;
import io.smsdocs.core.programme.OwnerLoad;
import io.smsdocs.core.programme.Programme;
import io.smsdocs.core.programme.ProgrammeBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Computes the implementation programme in the planning stage, so its warnings are problems of the
 * build (and findings of sms:check), located at the descriptor's dates that caused them.
 */
final class ProgrammePlanning {

    /** Where the descriptor fixes the date of each milestone that can be fixed. */
    private static final Map<MilestoneKind, String> DATE_KEYS = Map.of(MilestoneKind.STAGE_1, "stage1", MilestoneKind.STAGE_2, "stage2",
            MilestoneKind.FIRST_INTERNAL_AUDIT, "internalAudit", MilestoneKind.FIRST_MANAGEMENT_REVIEW, "managementReview");
    private static final Map<MilestoneKind, String> STEP_IDS = Map.of(MilestoneKind.STAGE_1, "stage-1", MilestoneKind.STAGE_2, "stage-2");

    private ProgrammePlanning() {
    }

    record Planned(Programme programme, List<Problem> warnings) {
    }

    static Planned plan(LoadedDescriptor loaded, String edition) {
        Programme programme = ProgrammeBuilder.build(loaded.descriptor(), edition);
        List<Problem> warnings = new ArrayList<>();
        for (DateConflict conflict : programme.plan().conflicts()) {
            warnings.add(warning(loaded, conflict, programme));
        }
        warnings.addAll(CertificationRecords.check(loaded));
        return new Planned(programme, warnings);
    }

    private static Problem warning(LoadedDescriptor loaded, DateConflict conflict, Programme programme) {
        SourceLocation at = fixedDate(loaded, conflict.milestone());
        if (conflict.kind() == DateConflict.Kind.MOVED) {
            return Problem.warning(at, "the implementation plan cannot keep a pinned date: " + conflict.text(),
                    "give one of the activities on that day to another role with implementation.overrides.<id>.owner, or move one of the dates");
        }
        if (!conflict.causedByCapacity()) {
            return Problem.warning(at, "the implementation plan cannot keep a pinned date: " + conflict.text(),
                    "move the pinned date after its prerequisites end, or shorten them with implementation.overrides");
        }
        String owners = conflict.capacityOwners().stream().limit(2)
                .map(role -> "'" + role + "' (" + capacity(programme, role) + "% of their time)").collect(Collectors.joining(" and "));
        String first = conflict.capacityOwners().get(0);
        return Problem.warning(at, "the implementation plan cannot keep a pinned date because of owner capacity: " + conflict.text()
                        + "; the work before it waits for " + owners + ", and would end in time if its owners had unlimited time",
                "raise roles[].capacity of '" + first + "', give some of its activities to another role with"
                        + " implementation.overrides.<id>.owner, or move the date");
    }

    private static int capacity(Programme programme, String role) {
        return programme.plan().owner(role).map(OwnerLoad::capacityPercent).orElse(0);
    }

    /** The date that cannot be kept, where the descriptor writes it; else the certification block, else the file. */
    private static SourceLocation fixedDate(LoadedDescriptor loaded, MilestoneKind milestone) {
        var tree = loaded.tree();
        var certification = tree.root().path("certification");
        if (milestone != null && STEP_IDS.containsKey(milestone) && certification.path("completed").has(STEP_IDS.get(milestone))) {
            return tree.valueAt("/certification/completed/" + STEP_IDS.get(milestone));
        }
        if (milestone != null && DATE_KEYS.containsKey(milestone) && certification.has(DATE_KEYS.get(milestone))) {
            return tree.valueAt("/certification/" + DATE_KEYS.get(milestone));
        }
        return tree.root().has("certification") ? tree.keyAt("/certification")
                : tree.root().has("implementation") ? tree.keyAt("/implementation")
                : SourceLocation.of(tree.source());
    }
}
