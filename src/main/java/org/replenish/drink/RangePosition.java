package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a value lies against a recommended range. */
@Schema(description = "BELOW, WITHIN or ABOVE the recommended range (bounds included in WITHIN).")
public enum RangePosition {
    BELOW,
    WITHIN,
    ABOVE
}
