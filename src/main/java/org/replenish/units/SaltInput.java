package org.replenish.units;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Salt as an EU label states it: the salt equivalent of the sodium (Reg. (EU) 1169/2011 Annex I), not sodium. */
@Schema(description = "Salt as an EU label states it (the salt equivalent, sodium x 2.5); the check reads it as sodium.")
public record SaltInput(
        @Schema(description = "The amount of salt, in the given unit: 0, or from 0.001 to 100000.", required = true, minimum = "0")
        @NotNull @PositiveOrZero @Magnitude Double value,
        @Schema(description = "Unit of the salt.", required = true)
        @NotNull SaltUnit unit) {

    public double grams() {
        return unit.toGrams(value);
    }
}
