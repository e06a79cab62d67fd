package org.replenish.units;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mass of carbohydrate. */
@Schema(description = "A mass in grams.")
public record Grams(@Schema(description = "Mass in grams (g).", required = true) double g) {
}
