package org.replenish.units;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mineral amount as a client holds it. */
@Schema(description = "A mineral amount in the client's unit.")
public record AmountInput(
        @Schema(description = "The amount, in the given unit: 0, or from 0.001 to 100000.", required = true, minimum = "0")
        @NotNull @PositiveOrZero @Magnitude Double value,
        @Schema(description = "Unit of the amount.", required = true)
        @NotNull AmountUnit unit) {
}
