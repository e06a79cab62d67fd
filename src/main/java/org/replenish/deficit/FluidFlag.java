package org.replenish.deficit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Fluid-balance findings from body-mass changes. */
@Schema(description = "DEHYDRATION_OVER_2_PERCENT: a session lost more than 2 % of body mass (NATA 2017). BODY_MASS_GAIN: a session gained mass, i.e. more was drunk than sweated, the risk of exercise-associated hyponatremia.")
public enum FluidFlag {
    DEHYDRATION_OVER_2_PERCENT,
    BODY_MASS_GAIN
}
