package org.replenish.units;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mineral amount as a client holds it. */
@Schema(description = "A mineral amount in the client's unit.")
public record AmountInput(
        @Schema(description = "The amount, in the given unit; zero or more.", required = true, minimum = "0")
        @NotNull @PositiveOrZero Double value,
        @Schema(description = "Unit of the amount.", required = true)
        @NotNull AmountUnit unit) {
}
