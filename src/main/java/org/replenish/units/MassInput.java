package org.replenish.units;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A body mass as a client holds it. */
@Schema(description = "A body mass in the client's unit.")
public record MassInput(
        @Schema(description = "The mass, in the given unit, from 0.001 to 100000; must convert to 2 to 400 kg.", required = true, exclusiveMinimum = true, minimum = "0")
        @NotNull @Positive @Magnitude(message = "must be from {min} to {max}") Double value,
        @Schema(description = "Unit of the mass.", required = true)
        @NotNull MassUnit unit) {

    public double kilograms() {
        return unit.toKilograms(value);
    }
}
