package org.replenish.units;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A span of volumes to aim within. */
@Schema(description = "A span of volumes: low <= high, each in mL.")
public record VolumeSpan(
        @Schema(description = "Low end.", required = true) Volume low,
        @Schema(description = "High end.", required = true) Volume high) {

    public static VolumeSpan ofMillilitres(double low, double high) {
        return new VolumeSpan(new Volume(low), new Volume(high));
    }
}
