package org.replenish.sweat;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A condition of the workout sweat model: one it was validated on, or one the session did not give. */
@Schema(description = "A condition of the workout sweat model: AIR_TEMPERATURE, VAPOUR_PRESSURE (from temperature and "
        + "humidity), RELATIVE_HUMIDITY, WIND_SPEED, METABOLIC_RATE (per m² of body surface), DURATION. An open set: "
        + "tolerate values you do not know.")
public enum ModelCondition {
    AIR_TEMPERATURE,
    VAPOUR_PRESSURE,
    RELATIVE_HUMIDITY,
    WIND_SPEED,
    METABOLIC_RATE,
    DURATION
}
