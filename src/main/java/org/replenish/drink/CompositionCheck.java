package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The composition guidance a drink is held against. */
@Schema(description = "Composition guidance: SODIUM_ACSM 20-30 mEq/L and POTASSIUM_ACSM 2-5 mEq/L (ACSM 2007), SODIUM_EFSA 20-50 mmol/L (EFSA 2011), CARBOHYDRATE_ACSM 5-10 % (ACSM 2007).")
public enum CompositionCheck {
    SODIUM_ACSM,
    POTASSIUM_ACSM,
    SODIUM_EFSA,
    CARBOHYDRATE_ACSM
}
