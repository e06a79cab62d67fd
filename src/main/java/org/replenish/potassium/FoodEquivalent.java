package org.replenish.potassium;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.Amount;

/** A food portion set against capsules and the target. */
@Schema(description = "A potassium-rich food portion, its capsule equivalent and the portions for the target or gap.")
public record FoodEquivalent(
        @Schema(description = "The food, in English whatever Accept-Language asks (reference data not yet translated).", required = true) String food,
        @Schema(description = "The portion, in English whatever Accept-Language asks.", required = true) String portion,
        @Schema(description = "Potassium in the portion.", required = true) Amount potassiumPerPortion,
        @Schema(description = "How many 99 mg capsules one portion equals.", required = true) double capsulesPerPortion,
        @Schema(description = "Portions whose potassium adds up to the target; absent when the safety policy withholds potassium's target arithmetic (food figures stay under the supplement gate).") Count portionsToReachTarget,
        @Schema(description = "Portions whose potassium adds up to the gap; absent without a gap or when the safety policy withholds potassium's target arithmetic.") Count portionsToCloseGap,
        @Schema(description = "Source id of the food value.", required = true) String sourceId) {
}
