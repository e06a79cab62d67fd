package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A condition of the EU claims on carbohydrate-electrolyte solutions that the drink fails or that cannot be checked. */
@Schema(description = "A condition of the EU carbohydrate-electrolyte-solution claims (EFSA 2011; Reg. (EU) 432/2012) "
        + "that is not met. Failed: ENERGY_OUT_OF_RANGE (not 80-350 kcal/L from carbohydrate), SODIUM_OUT_OF_RANGE "
        + "(not 20-50 mmol/L), OSMOLALITY_OUT_OF_RANGE (not 200-330 mOsm/kg). Not checkable from the label, so not met: "
        + "CARBOHYDRATE_NOT_ON_LABEL, CARBOHYDRATE_TYPE_UNKNOWN (the label does not say the sugars are glucose, glucose "
        + "polymers or sucrose, so the share of energy from high-glycaemic carbohydrate, at least 75 %, is unknown), "
        + "SODIUM_NOT_ON_LABEL, OSMOLALITY_UNCERTAIN (the label states no osmolality and the estimate, which leaves out what the label does not list, does not place the whole band outside the range). "
        + "An open set: tolerate values you do not know.")
public enum CesCondition {
    CARBOHYDRATE_NOT_ON_LABEL,
    ENERGY_OUT_OF_RANGE,
    CARBOHYDRATE_TYPE_UNKNOWN,
    SODIUM_NOT_ON_LABEL,
    SODIUM_OUT_OF_RANGE,
    OSMOLALITY_UNCERTAIN,
    OSMOLALITY_OUT_OF_RANGE
}
