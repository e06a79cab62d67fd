package org.replenish.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A default the calculation used in place of something the client did not give. */
@Schema(description = "A default or convention the calculation assumed, with a stable code apps can switch on.")
public record Assumption(
        @Schema(description = "Stable code, e.g. POPULATION_SWEAT_RATE.", required = true) String code,
        @Schema(description = "What was assumed, with its source.", required = true) String message) {
}
