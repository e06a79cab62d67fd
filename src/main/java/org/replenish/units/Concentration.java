package org.replenish.units;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.vocabulary.Rendered;

/** A mineral concentration in the three units apps display. */
@Schema(description = "A mineral concentration in milligrams, millimoles and milliequivalents per litre.")
public record Concentration(
        @Schema(description = "Concentration in milligrams per litre (mg/L).", required = true) double mgPerL,
        @Extension(name = Rendered.EXTENSION, value = "true") @Schema(description = "Concentration in millimoles per litre (mmol/L).", required = true) double mmolPerL,
        @Extension(name = Rendered.EXTENSION, value = "true") @Schema(description = "Concentration in milliequivalents per litre (mEq/L).", required = true) double mEqPerL) {
}
