package org.replenish.sweat;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the workout model's metabolic rate came from. */
@Schema(description = "Where the metabolic rate came from: TOTAL_ENERGY (energyExpended of kind TOTAL), "
        + "ACTIVE_ENERGY_PLUS_RESTING (kind ACTIVE plus 1 kcal per kg per hour of resting energy), COMPENDIUM_MET (no "
        + "energy given: the activity's MET value of the Compendium of Physical Activities x body mass). An open set: "
        + "tolerate values you do not know.")
public enum MetabolicRateSource {
    TOTAL_ENERGY,
    ACTIVE_ENERGY_PLUS_RESTING,
    COMPENDIUM_MET
}
