package org.replenish.potassium;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.codes.CodedText;
import org.replenish.units.Amount;
import org.replenish.vocabulary.Rendered;

/** What a product holds against the limit and the gap. */
@Schema(description = "A product's elemental potassium against the limit and the gap.")
public record ProductAssessment(
        @Schema(description = "Elemental potassium per unit.", required = true) Amount potassiumPerUnit,
        @Schema(description = "Elemental potassium per serving.", required = true) Amount potassiumPerServing,
        @Schema(description = "Units per serving.", required = true) int unitsPerServing,
        @Schema(description = "Physical form.", required = true) ProductForm form,
        @Schema(description = "Share of the salt's mass that is potassium, in %; only for a salt.") Double elementalPotassiumPercent,
        @Schema(description = "Formula of the salt form the share is computed for, water of crystallisation included (e.g. K3C6H5O7·H2O); only for a salt.") String saltFormula,
        @Schema(description = "Whether a unit holds 100 mg of potassium or more; solid forms only, absent for powders and liquids.") Boolean exceedsCapsuleLimit,
        @Schema(description = "The gap divided by the potassium of one serving: arithmetic context, not a number of servings. Absent without a gap or when the safety policy withholds counts.") Double gapAsMultipleOfServing,
        @Extension(name = Rendered.EXTENSION, value = "true") @Schema(description = "Notes on the limit for this product.", required = true) List<String> notes,
        @Schema(description = "The notes with their codes and parameters, in the same order.", required = true) List<CodedText> noteMessages) {
}
