package org.replenish.units;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A volume as a client holds it. */
@Schema(description = "A volume in the client's unit.")
public record VolumeInput(
        @Schema(description = "The volume, in the given unit: 0, or from 0.001 to 100000.", required = true, minimum = "0")
        @NotNull @PositiveOrZero @Magnitude Double value,
        @Schema(description = "Unit of the volume.", required = true)
        @NotNull VolumeUnit unit) {

    /** Whether a volume that may be absent is given whole, so its own constraints have checked it. */
    public static boolean complete(VolumeInput volume) {
        return volume != null && volume.value() != null && volume.unit() != null;
    }

    public double millilitres() {
        return unit.toMillilitres(value);
    }
}
