package org.replenish.targets;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.Amount;
import org.replenish.vocabulary.Confidence;

/** The Estimated Average Requirement beside an RDA, with where it comes from. */
@Schema(description = "The Estimated Average Requirement (EAR) of the group: the intake that meets the needs of half of it. "
        + "A usual intake below the EAR is likely below the requirement; between the EAR and the RDA the probability of "
        + "inadequacy falls from about 50 % to 2-3 % (IOM 2000, sheet 8).")
public record AverageRequirement(
        @Schema(description = "The EAR per day.", required = true) Amount amount,
        @Schema(description = "Source id of the value.", required = true) String sourceId,
        @Schema(description = "How far the value is confirmed.", required = true) Confidence tag) {
}
