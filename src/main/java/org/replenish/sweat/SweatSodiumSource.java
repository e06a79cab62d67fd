package org.replenish.sweat;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a session's sweat sodium concentration came from. */
@Schema(description = "Source of a session's sweat sodium: MEASURED_WHOLE_BODY (a whole-body test, as given), "
        + "MEASURED_REGIONAL (a patch value converted to whole-body with Baker 2016's regression), PROFILE (Lara 2016 "
        + "group) or POPULATION_DEFAULT (Baker 2016 whole-body). An open set: tolerate values you do not know.")
public enum SweatSodiumSource {
    MEASURED_WHOLE_BODY,
    MEASURED_REGIONAL,
    PROFILE,
    POPULATION_DEFAULT
}
