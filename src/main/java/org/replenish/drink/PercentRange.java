package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A percentage with its band. */
@Schema(description = "A percentage band, low <= expected <= high, in %. high is absent when the low end of the loss is 0 (unbounded).")
public record PercentRange(
        @Schema(description = "Low end, in %.", required = true) double low,
        @Schema(description = "Expected, in %.", required = true) double expected,
        @Schema(description = "High end, in %; absent when unbounded.") Double high) {
}
