package org.replenish.reference;

/** Facts computed from a request that safety rules can require. */
public enum SafetyCondition {
    SUPPLEMENTAL_MAGNESIUM_ABOVE_UL,
    BODY_MASS_GAIN,
    BODY_MASS_GAIN_AFTER_LONG_SESSION
}
