package org.replenish.reference;

/** Facts computed from a request that safety rules can require. */
public enum SafetyCondition {
    // From the person's life stage (SafetyPolicy).
    PREGNANT_OR_LACTATING,
    /** At or above the older-adult age of the life-stage gates. */
    OLDER_ADULT,
    /** Below the child age of the life-stage gates. */
    CHILD,
    /** Below the infant age of the life-stage gates. */
    INFANT,
    // From the sessions of the request (SafetyPolicy).
    /** A session of at least the long-session duration (prolonged activity, NATA 2017). */
    PROLONGED_ACTIVITY,
    /** A prolonged session whose body mass fell by less than the mass-maintained percentage, rose, or was not weighed. */
    MASS_NOT_CLEARLY_LOST_AFTER_PROLONGED_ACTIVITY,
    BODY_MASS_GAIN,
    /** A session lost more than the severe percentage of body mass, up to the life-threatening one. */
    BODY_MASS_LOSS_SEVERE,
    /** A session lost more than the life-threatening percentage of body mass. */
    BODY_MASS_LOSS_LIFE_THREATENING,
    // From a feature's own inputs.
    /** More fluid was drunk in a session than its expected sweat loss. */
    DRANK_ABOVE_SWEAT_LOSS,
    /** The request gives the person a potassium or magnesium supplement or an electrolyte drink. */
    SUPPLEMENT_OR_ELECTROLYTE_DRINK_GIVEN,
    SUPPLEMENTAL_MAGNESIUM_ABOVE_UL,
    SODIUM_INTAKE_ABOVE_CDRR,
    CALCIUM_INTAKE_ABOVE_UL,
    CHLORIDE_INTAKE_ABOVE_UL
}
