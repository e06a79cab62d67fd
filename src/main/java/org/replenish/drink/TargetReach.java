package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a plausible day's volume of the drink could supply the whole daily target. */
@Schema(description = "WITHIN_DAILY_FLUID: the volume that supplies the daily target is at most the plausible daily fluid volume (3 L, a Replenish design choice) and is given. BEYOND_DAILY_FLUID: it is more, so this drink cannot supply the target and no volume is given. WITHHELD_FOR_SAFETY: a safety flag routes this mineral to a clinician, so no volume is given.")
public enum TargetReach {
    WITHIN_DAILY_FLUID,
    BEYOND_DAILY_FLUID,
    WITHHELD_FOR_SAFETY
}
