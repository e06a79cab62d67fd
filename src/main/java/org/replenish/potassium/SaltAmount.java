package org.replenish.potassium;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.AmountInput;

/** A label that states the salt's mass rather than the potassium's. */
@Schema(description = "A potassium salt and its mass per unit, e.g. 595 mg of potassium gluconate.")
public record SaltAmount(
        @Schema(description = "The salt.", required = true)
        @NotNull PotassiumCompound compound,
        @Schema(description = "Mass of the salt per unit, in MG or G; more than 0.", required = true)
        @NotNull @Valid AmountInput massPerUnit) {
}
