package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A caution about how the drink is used. */
@Schema(description = "A warning with a stable code: OVERDRINKING_RISK (more drunk than the session sweated), VERY_HIGH_SODIUM (above sports-drink guidance), HIGH_POTASSIUM_DRINK (potassium above sports-drink guidance for a person whose potassium a safety flag routes to a clinician), MAGNESIUM_ABOVE_SUPPLEMENTAL_UPPER_LIMIT (the magnesium drunk exceeds the person's UL for supplemental magnesium).")
public record DrinkWarning(
        @Schema(description = "Stable code.", required = true) String code,
        @Schema(description = "What to know.", required = true) String message) {
}
