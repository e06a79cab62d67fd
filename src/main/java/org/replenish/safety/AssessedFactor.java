package org.replenish.safety;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.reference.RiskFactor;
import org.replenish.units.Mineral;

/** One risk factor in an assessment. */
@Schema(description = "A risk factor and what it means for the minerals.")
public record AssessedFactor(
        @Schema(description = "The risk factor.", required = true) RiskFactor code,
        @Schema(description = "Reported by the client or detected from the sessions.", required = true) FactorOrigin origin,
        @Schema(description = "Minerals it affects.", required = true) List<Mineral> minerals,
        @Schema(description = "How it affects them.", required = true) String explanation,
        @Schema(description = "Source id of the explanation.", required = true) String sourceId) {
}
