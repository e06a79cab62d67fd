package org.replenish.targets;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.reference.TargetKind;
import org.replenish.units.Amount;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.Basis;
import org.replenish.vocabulary.Confidence;

/** One mineral's daily target for a life-stage group, with where it comes from. */
@Schema(description = "A mineral's daily intake target for the person's life-stage group.")
public record MineralTarget(
        @Schema(description = "The mineral.", required = true) Mineral mineral,
        @Schema(description = "The target intake per day.", required = true) Amount amount,
        @Schema(description = "Kind of reference value (RDA, AI, DV or SAFE_AND_ADEQUATE).", required = true) TargetKind kind,
        @Schema(description = "Basis the value comes from; differs from the requested basis only when that basis has no value for this mineral (see notes).", required = true) Basis basis,
        @Schema(description = "Source id of the value.", required = true) String sourceId,
        @Schema(description = "How far the value is confirmed.", required = true) Confidence tag,
        @Schema(description = "Upper limit per day with its scope and basis; absent where no basis sets one for the group (potassium has none).") UpperLimit upperLimit,
        @Schema(description = "The Estimated Average Requirement beside an RDA (magnesium, calcium and phosphorus from 1 year on the NASEM basis); absent for an AI, a Daily Value or a basis without EARs.") AverageRequirement averageRequirement) {

    /** The same target with another upper limit. */
    public MineralTarget withUpperLimit(UpperLimit limit) {
        return new MineralTarget(mineral, amount, kind, basis, sourceId, tag, limit, averageRequirement);
    }
}
