package org.replenish.units;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The five electrolytes the service reasons about. */
@Schema(description = "An electrolyte mineral.")
public enum Mineral {
    SODIUM,
    POTASSIUM,
    MAGNESIUM,
    CALCIUM,
    CHLORIDE
}
