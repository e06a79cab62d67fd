package org.replenish.drink;

import org.replenish.validation.ExactlyOneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.Magnitude;
import org.replenish.units.VolumeInput;

/** A drink's label as a user scans or types it. */
@Schema(description = "A drink label. Give the minerals as exactly one of perServing, perLiter or per100mL (as EU labels print them); a mineral absent from it is not on the label.")
@ExactlyOneOf({"perServing", "perLiter", "per100mL"})
@PlausibleDrinkLabel
public record DrinkLabel(
        @Schema(description = "Product name, for display; up to 200 characters.", maxLength = 200)
        @Size(max = 200) String name,
        @Schema(description = "Volume of one serving; more than 0 and at most 5 L.", required = true)
        @NotNull @Valid VolumeInput servingVolume,
        @Schema(description = "Mineral amounts per serving. Not together with perLiter or per100mL.")
        @Valid LabelMinerals perServing,
        @Schema(description = "Mineral amounts per litre. Not together with perServing or per100mL.")
        @Valid LabelMinerals perLiter,
        @Schema(description = "Carbohydrate in grams, per serving, per litre or per 100 mL to match the label form: 0, or from 0.001 to 100000; optional.", minimum = "0")
        @DecimalMin("0") @Magnitude Double carbohydrateGrams,
        @Schema(description = "Main carbohydrate; UNKNOWN when absent.")
        CarbohydrateType carbohydrateType,
        @Schema(description = "Osmolality in mOsm/kg when the label states it; replaces the estimate. 0, or from 0.001 to 5000.", minimum = "0")
        @DecimalMin("0") @Magnitude Double osmolality,
        @Schema(description = "Where the label's magnesium comes from; absent: unknown, and the upper-limit check treats it as added (its wording says \"if added\"). Ignored when the label states no magnesium.")
        MagnesiumSource magnesiumSource,
        @Schema(description = "Mineral amounts per 100 mL, as EU labels print them (salt in place of sodium allowed). Not together with perServing or perLiter.")
        @Valid LabelMinerals per100mL) {
}
