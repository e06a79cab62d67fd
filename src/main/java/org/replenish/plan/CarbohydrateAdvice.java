package org.replenish.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the carbohydrate guidance says for a session of this length. */
@Schema(description = "Carbohydrate guidance by the session's length (Thomas, Erdman & Burke 2016, as summarised): NONE "
        + "(under about 45 minutes), MOUTH_RINSE_OR_SMALL_AMOUNTS (to about 75 minutes), PER_HOUR (30-60 g/h to about "
        + "2.5 h), PER_HOUR_MULTIPLE_SUGARS (up to 90 g/h from glucose and fructose together beyond), NOT_FOR_CHILDREN "
        + "(the guidance is adults'; no figure for a child under 12), NOT_FOR_LIGHT_ACTIVITY (below 6 MET, the "
        + "Compendium's vigorous threshold: a walk is no athlete's session). An open set: tolerate values you do not know.")
public enum CarbohydrateAdvice {
    NONE,
    MOUTH_RINSE_OR_SMALL_AMOUNTS,
    PER_HOUR,
    PER_HOUR_MULTIPLE_SUGARS,
    NOT_FOR_CHILDREN,
    NOT_FOR_LIGHT_ACTIVITY
}
