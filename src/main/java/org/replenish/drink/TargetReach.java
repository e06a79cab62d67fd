package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a plausible day's volume of the drink could supply the whole daily target. */
@Schema(description = "WITHIN_DAILY_FLUID: the volume that supplies the daily target is at most the plausible daily fluid volume (3 L, a Replenish design choice) and is given. BEYOND_DAILY_FLUID: it is more, so this drink cannot supply the target and no volume is given. WITHHELD_FOR_SAFETY: the safety policy withholds counts for this mineral (any decision other than ARITHMETIC), so no volume is given. ABOVE_UPPER_LIMIT: the drink's magnesium (counted as added unless the label says NATURAL) would pass the supplemental upper limit before it met the target, so no volume is given. An open set: tolerate values you do not know.")
public enum TargetReach {
    WITHIN_DAILY_FLUID,
    BEYOND_DAILY_FLUID,
    WITHHELD_FOR_SAFETY,
    ABOVE_UPPER_LIMIT
}
