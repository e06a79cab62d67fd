package org.replenish.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The activity of a session, as fitness exports name it (docs/workout-sweat.md maps their names): it picks the MET
 * value of the workout sweat model and the athletes' mean used when the model cannot run.
 */
@Schema(description = "Activity of the session. It picks the Compendium MET value the workout sweat model uses without "
        + "energyExpended, and the population sweat-rate default when the model cannot run: ENDURANCE (running, "
        + "cycling, triathlon), SOCCER, BASKETBALL, AMERICAN_FOOTBALL and BASEBALL have athletes' means (Barnes 2019), "
        + "RUNNING and CYCLING take ENDURANCE's, every other activity the lower default. SWIMMING is never modelled "
        + "(the air heat balance does not hold in water). ENDURANCE and OTHER have no single MET value, so the model "
        + "needs energyExpended for them. The project's documentation maps the activity names of HealthKit, Health "
        + "Connect, Garmin FIT and Strava to these values.")
public enum Sport {
    ENDURANCE,
    SOCCER,
    BASKETBALL,
    AMERICAN_FOOTBALL,
    BASEBALL,
    RUNNING,
    CYCLING,
    SWIMMING,
    WALKING,
    HIKING,
    ROWING,
    STRENGTH_TRAINING,
    HIIT,
    YOGA,
    TENNIS,
    CROSS_COUNTRY_SKIING,
    OTHER
}
