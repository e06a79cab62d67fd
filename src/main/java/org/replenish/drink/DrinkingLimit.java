package org.replenish.drink;

import org.replenish.reference.ChildSweat;
import org.replenish.sweat.SessionLoss;

/**
 * How much a session's drinking may be before it is over-drinking (ACSM 2007: no more than the sweat loss; sheet 5.3,
 * 11): the session's expected sweat volume, or for a child whose sweat is not estimated the volume of the young
 * athletes' drinking guidance over the session (AAP 2011). forAge says which.
 */
record DrinkingLimit(double millilitres, boolean forAge) {

    /** The limit of a session; null without one. */
    static DrinkingLimit of(SessionLoss loss, ChildSweat child) {
        if (loss == null) {
            return null;
        }
        if (loss.estimated()) {
            return new DrinkingLimit(loss.sweatLitres().expected() * 1000.0, false);
        }
        return new DrinkingLimit(child.drinkingCeilingMillilitresPerHour().value() * loss.durationMinutes() / 60.0, true);
    }

    boolean exceededBy(double consumedMl) {
        return consumedMl > millilitres;
    }
}
