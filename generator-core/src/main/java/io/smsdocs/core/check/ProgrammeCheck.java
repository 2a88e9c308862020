package io.smsdocs.core.check;

import io.smsdocs.core.problem.Problem;

import java.util.List;

/** What the planning stage found while scheduling the implementation programme, reported as findings. */
final class ProgrammeCheck implements Check {

    @Override
    public List<Problem> run(CheckContext context) {
        return context.plan().warnings();
    }
}
