package org.replenish.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sports with their own population sweat-rate mean (Barnes 2019); OTHER uses the all-athlete mean (Baker 2016). */
@Schema(description = "Sport, which picks the population sweat-rate default: ENDURANCE, SOCCER, BASKETBALL, AMERICAN_FOOTBALL and BASEBALL from Barnes 2019; OTHER the all-athlete mean of Baker 2016.")
public enum Sport {
    ENDURANCE,
    SOCCER,
    BASKETBALL,
    AMERICAN_FOOTBALL,
    BASEBALL,
    OTHER
}
