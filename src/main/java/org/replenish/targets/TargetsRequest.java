package org.replenish.targets;

import org.replenish.vocabulary.Basis;

/** A request body whose person's targets are selected, so {@link PersonTargetsAvailable} can check them. */
public interface TargetsRequest {

    PersonProfile person();

    /** The basis the person's targets are selected in; null when the request selects no person's targets. */
    Basis personBasis();
}
