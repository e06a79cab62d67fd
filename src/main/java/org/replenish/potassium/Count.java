package org.replenish.potassium;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A count as arithmetic gives it and rounded up to whole units. */
@Schema(description = "A count: exact arithmetic and rounded up to whole units. Context, never a dose.")
public record Count(
        @Schema(description = "Exact quotient.", required = true) double exact,
        @Schema(description = "Rounded up to a whole number.", required = true) long wholeUnits) {

    public static Count of(double exact) {
        return new Count(exact, (long) Math.ceil(exact - 1e-9));
    }
}
