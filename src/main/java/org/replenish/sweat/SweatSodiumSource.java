package org.replenish.sweat;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a session's sweat sodium concentration came from. */
@Schema(description = "Source of a session's sweat sodium: MEASURED (sweat test), PROFILE (Lara 2016 group) or POPULATION_DEFAULT (Baker 2016 whole-body).")
public enum SweatSodiumSource {
    MEASURED,
    PROFILE,
    POPULATION_DEFAULT
}
