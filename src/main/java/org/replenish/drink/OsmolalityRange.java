package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An osmolality band. */
@Schema(description = "An osmolality band in mOsm/kg, low <= expected <= high.")
public record OsmolalityRange(
        @Schema(description = "Low end, mOsm/kg.", required = true) double low,
        @Schema(description = "Expected, mOsm/kg.", required = true) double expected,
        @Schema(description = "High end, mOsm/kg.", required = true) double high) {
}
