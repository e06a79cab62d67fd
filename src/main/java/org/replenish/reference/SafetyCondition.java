package org.replenish.reference;

/** Facts computed from a request that safety rules can require. */
public enum SafetyCondition {
    SUPPLEMENTAL_MAGNESIUM_ABOVE_UL,
    BODY_MASS_GAIN,
    BODY_MASS_GAIN_AFTER_LONG_SESSION,
    /** A session of at least the very-long duration whose body mass did not fall clearly, or was not weighed. */
    VERY_LONG_SESSION_WITHOUT_MEASURED_MASS_LOSS,
    PREGNANT_OR_LACTATING,
    /** At or above the older-adult age of the life-stage gates. */
    OLDER_ADULT,
    /** Below the child age of the life-stage gates. */
    CHILD,
    SODIUM_INTAKE_ABOVE_CDRR,
    CALCIUM_INTAKE_ABOVE_UL,
    CHLORIDE_INTAKE_ABOVE_UL
}
