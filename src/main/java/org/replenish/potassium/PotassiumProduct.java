package org.replenish.potassium;

import org.replenish.validation.ExactlyOneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.AmountInput;

/** A potassium product as its label describes it. */
@Schema(description = "A potassium product: potassium per unit as exactly one of potassiumPerUnit or salt, the units in a serving and the form.")
@ExactlyOneOf({"potassiumPerUnit", "salt"})
public record PotassiumProduct(
        @Schema(description = "Elemental potassium per unit; more than 0. Not together with salt.")
        @Valid AmountInput potassiumPerUnit,
        @Schema(description = "Salt and its mass per unit, converted to elemental potassium. Not together with potassiumPerUnit.")
        @Valid SaltAmount salt,
        @Schema(description = "Units per serving, 1 to 100; 1 when absent.", minimum = "1", maximum = "100")
        @Min(1) @Max(100) Integer unitsPerServing,
        @Schema(description = "Physical form.", required = true)
        @NotNull ProductForm form) {

    public int unitsPerServingOrOne() {
        return unitsPerServing == null ? 1 : unitsPerServing;
    }
}
