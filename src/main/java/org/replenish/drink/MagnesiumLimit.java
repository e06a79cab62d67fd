package org.replenish.drink;

import org.replenish.targets.UpperLimit;

/**
 * A drink's magnesium against the supplemental upper limit (sheet 1.5: the UL covers supplements only). Magnesium
 * whose source is not stated counts as added, so the check errs on the safe side, and the wording says "if added".
 * limit is null where none applies (infants: not determinable).
 */
record MagnesiumLimit(UpperLimit limit, MagnesiumSource source) {

    /** Whether the limit can apply: a limit exists and the magnesium is not natural. */
    boolean applies() {
        return limit != null && source != MagnesiumSource.NATURAL;
    }

    /** Whether an amount of the drink's magnesium in mg would be above the limit. */
    boolean exceededBy(double magnesiumMg) {
        return applies() && magnesiumMg > limit.amount().mg();
    }

    /** Whether the source was said to be added, rather than counted as added because unknown. */
    boolean statedAdded() {
        return source == MagnesiumSource.ADDED;
    }
}
