package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.Amount;
import org.replenish.units.Concentration;
import org.replenish.units.Mineral;
import org.replenish.units.Volume;

/** What the drink supplies of one mineral. */
@Schema(description = "What the drink supplies of one mineral. Amount fields are absent when the mineral is not on the label.")
public record MineralSupply(
        @Schema(description = "The mineral.", required = true) Mineral mineral,
        @Schema(description = "Whether the label states the mineral.", required = true) boolean onLabel,
        @Schema(description = "Amount in one serving.") Amount perServing,
        @Schema(description = "Amount in the volume drunk.") Amount consumed,
        @Schema(description = "Concentration in the drink.") Concentration concentration,
        @Schema(description = "One label serving as a percentage of the FDA Daily Value (ages 4 and over), in %, as the label would print it.") Double percentDailyValuePerServing,
        @Schema(description = "One 360 mL reference amount (21 CFR 101.12 for beverages) as a percentage of the FDA Daily Value, in %; the basis of sourceClaim.") Double percentDailyValuePerReferenceAmount,
        @Schema(description = "The amount drunk as a percentage of the person's daily target, in %; only with a person, and absent when the safety policy withholds target arithmetic for the mineral.") Double percentOfTarget,
        @Schema(description = "The amount drunk, counted up to the session's expected sweat volume, as a percentage of the session's sweat loss of this mineral; only with a session, and absent when the safety policy withholds target arithmetic for the mineral. Drinking more than was sweated never raises it.") PercentRange sweatLossReplacedPercent,
        @Schema(description = "Replacement of the session's expected sweat loss of this mineral; only with a session, and absent when the safety policy withholds target arithmetic for the mineral.") ReplacementVerdict sweatLossReplacement,
        @Schema(description = "US nutrient-content claim (21 CFR 101.54) the 360 mL reference amount supports (not the label serving).", required = true) SourceClaim sourceClaim,
        @Schema(description = "100 mL as a percentage of the EU reference intake (Reg. (EU) 1169/2011 Annex XIII: potassium 2,000, chloride 800, calcium 800, magnesium 375 mg), in %; absent for sodium, which has none, and when the label lacks the mineral.") Double percentReferenceIntakePer100mL,
        @Schema(description = "One label serving as a percentage of the EU reference intake, in %; absent for sodium and when the label lacks the mineral.") Double percentReferenceIntakePerServing,
        @Schema(description = "EU nutrition claim (Reg. (EC) 1924/2006) the drink supports per 100 mL; absent for sodium (see euSodiumClaim) and when the label lacks the mineral.") EuClaim euClaim,
        @Schema(description = "Volume of this drink that would supply the whole daily target (the person's, else the Daily Value), in mL; given only when targetReach is WITHIN_DAILY_FLUID.") Volume volumeToMeetTarget,
        @Schema(description = "Whether a plausible day's volume of this drink could supply the whole daily target; absent when the label lacks the mineral.") TargetReach targetReach) {
}
