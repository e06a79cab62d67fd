package org.replenish.units;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.vocabulary.Rendered;

/** A mineral amount in the three units apps display, each rounded when written (OutputPrecision). */
@Schema(description = "A mineral amount expressed in milligrams, millimoles and milliequivalents, each rounded to its stated precision.")
public record Amount(
        @Schema(description = "Amount in milligrams (mg).", required = true) double mg,
        @Extension(name = Rendered.EXTENSION, value = "true") @Schema(description = "Amount in millimoles (mmol).", required = true) double mmol,
        @Extension(name = Rendered.EXTENSION, value = "true") @Schema(description = "Amount in milliequivalents (mEq): mmol times the ion's charge. Absent for phosphorus, whose charge as phosphate depends on pH.") Double mEq) {
}
