package org.replenish.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Pregnancy and lactation have reference values of their own. */
@Schema(description = "Life stage: NONE, PREGNANT or LACTATING.")
public enum LifeStage {
    NONE,
    PREGNANT,
    LACTATING
}
