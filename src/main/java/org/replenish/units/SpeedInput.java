package org.replenish.units;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A wind speed as a client holds it. */
@Schema(description = "A speed in the client's unit; must convert to at most 30 m/s.")
public record SpeedInput(
        @Schema(description = "The speed, in the given unit: 0, or from 0.001 to 100000.", required = true, minimum = "0")
        @NotNull @PositiveOrZero @Magnitude Double value,
        @Schema(description = "Unit of the speed.", required = true)
        @NotNull SpeedUnit unit) {

    public double metresPerSecond() {
        return unit.toMetresPerSecond(value);
    }
}
