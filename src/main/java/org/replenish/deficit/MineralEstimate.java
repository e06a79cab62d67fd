package org.replenish.deficit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.targets.MineralTarget;
import org.replenish.units.Amount;
import org.replenish.units.Mineral;

/** One mineral's reference intake, the diet judged against it, and today's sweat: kept apart (sheet 7). */
@Schema(description = "A mineral's reference intake, the usual diet judged against it, and today's sweat losses with what is left to replace: separate quantities, never added into one deficit. Safety is in safetyPolicy.")
public record MineralEstimate(
        @Schema(description = "The mineral.", required = true) Mineral mineral,
        @Schema(description = "The reference intake per day for the person's group, with its EAR where there is one.", required = true) MineralTarget target,
        @Schema(description = "Usual daily intake from food and drink as given; absent when unknown.") Amount dietaryIntake,
        @Schema(description = "Intake judged against the target: the diet, plus supplementalMagnesium for magnesium; absent when the diet is unknown.") Amount totalIntake,
        @Schema(description = "The usual diet against the reference intake.", required = true) DietAssessment diet,
        @Schema(description = "Today's sweat losses and what is left to replace.", required = true) SweatReplacement sweat) {
}
