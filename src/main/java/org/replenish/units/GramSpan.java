package org.replenish.units;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A span of carbohydrate masses to aim within. */
@Schema(description = "A span of masses: low <= high, each in g.")
public record GramSpan(
        @Schema(description = "Low end.", required = true) Grams low,
        @Schema(description = "High end.", required = true) Grams high) {

    public static GramSpan of(double low, double high) {
        return new GramSpan(new Grams(low), new Grams(high));
    }
}
