package org.replenish.deficit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.targets.MineralTarget;
import org.replenish.units.Amount;
import org.replenish.units.AmountRange;
import org.replenish.units.Mineral;

/** One mineral's target, intake, sweat loss and the deficit they add up to. */
@Schema(description = "A mineral's daily target, diet gap, sweat loss, replenishment and estimated deficit.")
public record MineralDeficit(
        @Schema(description = "The mineral.", required = true) Mineral mineral,
        @Schema(description = "The daily target for the person's group.", required = true) MineralTarget target,
        @Schema(description = "Usual daily intake as given; absent when unknown.") Amount dietaryIntake,
        @Schema(description = "Target minus intake, never below 0; absent when intake is unknown.") Amount dietGap,
        @Schema(description = "Sweat loss of all sessions.", required = true) AmountRange sweatLoss,
        @Schema(description = "Taken during and after the sessions (0 when none given).", required = true) Amount replenished,
        @Schema(description = "Sweat loss minus replenished, never below 0.", required = true) AmountRange unreplacedLoss,
        @Schema(description = "dietGap + unreplacedLoss; unreplacedLoss alone when intake is unknown.", required = true) AmountRange deficit,
        @Schema(description = "Expected deficit as a percentage of the target.", required = true) double deficitPercentOfTarget,
        @Schema(description = "Size of the expected deficit.", required = true) DeficitStatus status) {
}
