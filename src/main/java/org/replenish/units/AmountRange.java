package org.replenish.units;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An uncertain mineral amount. */
@Schema(description = "An uncertain mineral amount: low <= expected <= high, each in mg, mmol and mEq. "
        + "low combines the low ends of every input band (sweat volume, concentration), high the high ends, so the band "
        + "is wide when nothing was measured.")
public record AmountRange(
        @Schema(description = "Low end of the band.", required = true) Amount low,
        @Schema(description = "Expected value.", required = true) Amount expected,
        @Schema(description = "High end of the band.", required = true) Amount high) {

    public static AmountRange of(MineralConverter converter, Mineral mineral, Band milligrams) {
        return new AmountRange(converter.amount(mineral, milligrams.low()), converter.amount(mineral, milligrams.expected()),
                converter.amount(mineral, milligrams.high()));
    }
}
