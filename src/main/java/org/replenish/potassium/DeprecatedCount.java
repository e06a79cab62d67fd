package org.replenish.potassium;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of the rounded-up capsule and serving counts of contract 1.0, kept so that released clients still
 * compile; the service no longer fills fields of this type.
 */
@Schema(deprecated = true, description = "Deprecated and no longer filled: a rounded-up count of capsules or of servings of the user's product reads as a dose. The exact multiples are in the *AsMultipleOf* fields.")
public record DeprecatedCount(
        @Schema(description = "Exact quotient.", required = true) double exact,
        @Schema(description = "Rounded up to a whole number.", required = true) long wholeUnits) {
}
