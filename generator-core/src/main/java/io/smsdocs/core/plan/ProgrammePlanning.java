package io.smsdocs.core.plan;

import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SourceLocation;
import io.smsdocs.core.programme.Programme;
import io.smsdocs.core.programme.ProgrammeBuilder;

import java.util.List;

/**
 * Computes the implementation programme in the planning stage, so its warnings are problems of the
 * build (and findings of sms:check), located at the descriptor's dates that caused them.
 */
final class ProgrammePlanning {

    private ProgrammePlanning() {
    }

    record Planned(Programme programme, List<Problem> warnings) {
    }

    static Planned plan(LoadedDescriptor loaded, String edition) {
        Programme programme = ProgrammeBuilder.build(loaded.descriptor(), edition);
        // Pinned dates come from the certification block; without one, from the implementation block.
        SourceLocation at = loaded.tree().root().has("certification") ? loaded.tree().keyAt("/certification")
                : loaded.tree().root().has("implementation") ? loaded.tree().keyAt("/implementation")
                : SourceLocation.of(loaded.tree().source());
        List<Problem> warnings = programme.plan().warnings().stream()
                .map(w -> Problem.warning(at, "the implementation plan cannot keep a pinned date: " + w,
                        "move the pinned date after its prerequisites end, or shorten them with implementation.overrides"))
                .toList();
        return new Planned(programme, warnings);
    }
}
