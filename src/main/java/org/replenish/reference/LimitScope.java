package org.replenish.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What intake an upper limit is compared with. */
@Schema(description = "What an upper limit applies to: TOTAL_INTAKE all food, drink and supplements; SUPPLEMENTAL_ONLY supplements and medicines only (the magnesium UL).")
public enum LimitScope {
    TOTAL_INTAKE,
    SUPPLEMENTAL_ONLY
}
