package org.replenish.units;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A span of mineral amounts to aim within. */
@Schema(description = "A span of mineral amounts: low <= high, each in mg, mmol and mEq.")
public record AmountSpan(
        @Schema(description = "Low end.", required = true) Amount low,
        @Schema(description = "High end.", required = true) Amount high) {

    public static AmountSpan ofMilligrams(MineralConverter converter, Mineral mineral, double low, double high) {
        return new AmountSpan(converter.amount(mineral, low), converter.amount(mineral, high));
    }
}
