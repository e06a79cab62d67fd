package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.Amount;
import org.replenish.units.ElementalConcentration;

/**
 * What the drink supplies of a mineral the check reports without judging it (phosphorus): amounts only, since the
 * sheet gives no drink guidance or sweat loss to hold them against.
 */
@Schema(description = "What the drink supplies of a mineral that is reported, not judged: amounts only, with no share "
        + "of a target, %DV, claim, verdict or target reach. Amount fields are absent when the label does not state it.")
public record ReportedSupply(
        @Schema(description = "Whether the label states the mineral; false means unknown, not zero.", required = true) boolean onLabel,
        @Schema(description = "Amount in one serving, in mg and mmol (no mEq).") Amount perServing,
        @Schema(description = "Amount in the volume drunk, in mg and mmol (no mEq).") Amount consumed,
        @Schema(description = "Concentration in the drink, in mg and mmol per litre.") ElementalConcentration concentration) {
}
