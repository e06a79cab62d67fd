package org.replenish.units;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A concentration of a mineral without milliequivalents (phosphorus, counted as the element), in the two units it
 * has; a type of its own so that {@link Concentration} keeps its mEq for the minerals that have one.
 */
@Schema(description = "A concentration in milligrams and millimoles per litre, for a mineral counted as the element "
        + "whose charge is not fixed (phosphorus: mmol of elemental phosphorus), so without mEq per litre.")
public record ElementalConcentration(
        @Schema(description = "Concentration in milligrams per litre (mg/L).", required = true) double mgPerL,
        @Schema(description = "Concentration in millimoles per litre (mmol/L) of the element.", required = true) double mmolPerL) {
}
