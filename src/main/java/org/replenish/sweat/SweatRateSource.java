package org.replenish.sweat;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a session's sweat volume came from. */
@Schema(description = "Source of a session's sweat volume: MEASURED_RATE, BODY_MASS_CHANGE (field method), SPORT_DEFAULT "
        + "(the athletes' mean of a named sport, Barnes 2019, for a person from 12 to under 65 years), LOWER_DEFAULT "
        + "(0.5 L/h, 0.26-1.21, for an activity without an athletes' mean that the workout model cannot estimate, or a person of 65 or over), WORKOUT_MODEL (the heat-balance prediction of Gonzalez 2009 from the workout, the air and the body: see the session's workoutModel), "
        + "NOT_ESTIMATED (a child under 12 without a measurement: the sweat data are adults', so no loss is given). An "
        + "open set: tolerate values you do not know.")
public enum SweatRateSource {
    MEASURED_RATE,
    BODY_MASS_CHANGE,
    SPORT_DEFAULT,
    LOWER_DEFAULT,
    NOT_ESTIMATED,
    WORKOUT_MODEL
}
