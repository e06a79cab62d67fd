package org.replenish.minerals;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.AmountUnit;
import org.replenish.units.Mineral;

/** The answer of GET /v1/conversions. */
@Schema(description = "A mineral amount converted from one unit to another.")
public record ConversionResponse(
        @Schema(description = "The mineral.", required = true) Mineral mineral,
        @Schema(description = "The value given, in the unit 'from'.", required = true) double value,
        @Schema(description = "Unit of the value given.", required = true) AmountUnit from,
        @Schema(description = "Unit of the result.", required = true) AmountUnit to,
        @Schema(description = "The converted value, in the unit 'to'.", required = true) double result,
        @Schema(description = "The factor used: result = value x factor.", required = true) double factor,
        @Schema(description = "Version of the reference data the atomic weights come from.", required = true) String referenceDataVersion) {
}
