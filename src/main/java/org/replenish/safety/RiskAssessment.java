package org.replenish.safety;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The risk level and the factors behind it. */
@Schema(description = "Deficiency risk level and the factors behind it.")
public record RiskAssessment(
        @Schema(description = "Overall deficiency risk.", required = true) RiskLevel level,
        @Schema(description = "Every reported or detected factor.", required = true) List<AssessedFactor> factors) {
}
