package org.replenish.safety;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.Confidence;
import org.replenish.vocabulary.RiskFactor;
import org.replenish.vocabulary.Rendered;

/** One risk factor in an assessment. */
@Schema(description = "A risk factor and what it means for the minerals.")
public record AssessedFactor(
        @Schema(description = "The risk factor.", required = true) RiskFactor code,
        @Schema(description = "Reported by the client or detected from the sessions.", required = true) FactorOrigin origin,
        @Schema(description = "Minerals it affects.", required = true) List<Mineral> minerals,
        @Extension(name = Rendered.EXTENSION, value = "true")
        @Schema(description = "How it affects them, in the language of Content-Language: the template of code in the RISK_FACTOR set of GET /v1/codes.", required = true) String explanation,
        @Schema(description = "Source id of the explanation.", required = true) String sourceId,
        @Schema(description = "What the factor adds to the deficiency risk level (0 for factors that raise excess risk instead).", required = true) int deficiencyWeight,
        @Schema(description = "Source id of the weight (REPLENISH-DESIGN: a design choice).", required = true) String weightSourceId,
        @Schema(description = "How far the weight is confirmed (M: a design choice).", required = true) Confidence weightTag,
        @Schema(description = "Why the factor has this weight.", required = true) String weightReason) {
}
