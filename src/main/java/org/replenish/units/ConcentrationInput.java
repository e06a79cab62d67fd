package org.replenish.units;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A concentration as a client holds it. */
@Schema(description = "A mineral concentration in the client's unit.")
public record ConcentrationInput(
        @Schema(description = "The concentration, in the given unit: 0, or from 0.001 to 100000.", required = true, minimum = "0")
        @NotNull @PositiveOrZero @Magnitude Double value,
        @Schema(description = "Unit of the concentration.", required = true)
        @NotNull ConcentrationUnit unit) {
}
