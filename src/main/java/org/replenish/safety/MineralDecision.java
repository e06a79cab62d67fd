package org.replenish.safety;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.reference.PolicyDecision;
import org.replenish.units.Mineral;

/** The safety policy's decision for one mineral. */
@Schema(description = "The safety policy's decision for one mineral.")
public record MineralDecision(
        @Schema(description = "The mineral.", required = true) Mineral mineral,
        @Schema(description = "What the policy decided for it; the answer's figures for the mineral obey it.", required = true) PolicyDecision decision) {
}
