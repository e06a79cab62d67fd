package org.replenish.units;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A body height as a client holds it. */
@Schema(description = "A body height in the client's unit.")
public record HeightInput(
        @Schema(description = "The height, in the given unit, from 0.001 to 100000; must convert to 40 to 275 cm.", required = true, exclusiveMinimum = true, minimum = "0")
        @NotNull @Positive @Magnitude(message = "must be from {min} to {max}") Double value,
        @Schema(description = "Unit of the height.", required = true)
        @NotNull LengthUnit unit) {

    public double centimetres() {
        return unit.toCentimetres(value);
    }
}
