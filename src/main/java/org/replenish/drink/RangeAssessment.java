package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One composition value against its guidance range. */
@Schema(description = "A composition value against a recommended range. value and position are absent when the label lacks what is checked.")
public record RangeAssessment(
        @Schema(description = "Which guidance.", required = true) CompositionCheck check,
        @Schema(description = "The drink's value, in unit.") Double value,
        @Schema(description = "Unit of value, low and high: mEq/L, mmol/L or %.", required = true) String unit,
        @Schema(description = "Bottom of the range, in unit.", required = true) double low,
        @Schema(description = "Top of the range, in unit.", required = true) double high,
        @Schema(description = "Where the value lies.") RangePosition position,
        @Schema(description = "Source id of the range.", required = true) String sourceId) {
}
