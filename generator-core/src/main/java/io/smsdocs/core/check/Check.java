package io.smsdocs.core.check;

import io.smsdocs.core.problem.Problem;

import java.util.List;

/** One rule of {@code sms:check}: what it finds in a valid descriptor and its document plan. */
public interface Check {

    List<Problem> run(CheckContext context);
}
