package org.replenish.units;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An uncertain volume. */
@Schema(description = "An uncertain volume: low <= expected <= high, each in mL.")
public record VolumeRange(
        @Schema(description = "Low end of the band.", required = true) Volume low,
        @Schema(description = "Expected value.", required = true) Volume expected,
        @Schema(description = "High end of the band.", required = true) Volume high) {

    public static VolumeRange ofMillilitres(Band millilitres) {
        return new VolumeRange(new Volume(millilitres.low()), new Volume(millilitres.expected()),
                new Volume(millilitres.high()));
    }
}
