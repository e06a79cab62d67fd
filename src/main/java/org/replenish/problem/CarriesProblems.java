package org.replenish.problem;

import java.util.function.UnaryOperator;

/**
 * An answer that holds problems inside it (a batch answer's failed items), so that {@link ProblemAnswers} completes
 * them as it completes a problem answered on its own: absolute type URI and the request id.
 */
public interface CarriesProblems {

    /** This answer with each problem inside it replaced by {@code complete} applied to it. */
    Object withProblems(UnaryOperator<Problem> complete);
}
