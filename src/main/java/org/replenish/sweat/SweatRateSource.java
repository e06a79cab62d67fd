package org.replenish.sweat;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a session's sweat volume came from. */
@Schema(description = "Source of a session's sweat volume: MEASURED_RATE, BODY_MASS_CHANGE (field method), SPORT_DEFAULT (Barnes 2019) or POPULATION_DEFAULT (Baker 2016).")
public enum SweatRateSource {
    MEASURED_RATE,
    BODY_MASS_CHANGE,
    SPORT_DEFAULT,
    POPULATION_DEFAULT
}
