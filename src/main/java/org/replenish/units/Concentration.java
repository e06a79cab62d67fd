package org.replenish.units;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mineral concentration in the three units apps display. */
@Schema(description = "A mineral concentration in milligrams, millimoles and milliequivalents per litre.")
public record Concentration(
        @Schema(description = "Concentration in milligrams per litre (mg/L).", required = true) double mgPerL,
        @Schema(description = "Concentration in millimoles per litre (mmol/L).", required = true) double mmolPerL,
        @Schema(description = "Concentration in milliequivalents per litre (mEq/L).", required = true) double mEqPerL) {
}
