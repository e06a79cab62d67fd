package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.Amount;
import org.replenish.units.ElementalConcentration;

/**
 * What the drink supplies of a mineral the check reports without judging it (phosphorus): amounts and the EU label
 * arithmetic only, since the sheet gives no drink guidance or sweat loss to hold them against.
 */
@Schema(description = "What the drink supplies of a mineral that is reported, not judged: amounts and the label "
        + "arithmetic of the EU rules, with no share of a target, %DV, US claim, verdict or target reach. Amount fields are "
        + "absent when the label does not state it.")
public record ReportedSupply(
        @Schema(description = "Whether the label states the mineral; false means unknown, not zero.", required = true) boolean onLabel,
        @Schema(description = "Amount in one serving, in mg and mmol (no mEq).") Amount perServing,
        @Schema(description = "Amount in the volume drunk, in mg and mmol (no mEq).") Amount consumed,
        @Schema(description = "Concentration in the drink, in mg and mmol per litre.") ElementalConcentration concentration,
        @Schema(description = "100 mL as a percentage of the EU reference intake (phosphorus 700 mg, Reg. (EU) 1169/2011 Annex XIII), in %.") Double percentReferenceIntakePer100mL,
        @Schema(description = "One label serving as a percentage of the EU reference intake, in %.") Double percentReferenceIntakePerServing,
        @Schema(description = "EU nutrition claim (Reg. (EC) 1924/2006) the drink supports per 100 mL.") EuClaim euClaim) {
}
