package org.replenish.codes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One parameter of a code's message: its name in the template and what it holds. */
@Schema(description = "A parameter of a code's message: its {name} in the template and its type.")
public record ParameterInfo(
        @Schema(description = "The name, as the template writes it between braces.", required = true) String name,
        @Schema(description = "What it holds.", required = true) ParameterType type,
        @Schema(description = "The unit of a NUMBER (mg, mL, mL/h, mmol/L, mEq/L, %, years, min, L/h); absent for a pure number and the other types.") String unit,
        @Schema(description = "The schema of an ENUM or ENUM_LIST parameter, whose constants the wire carries; absent for the other types.") String schema) {
}
