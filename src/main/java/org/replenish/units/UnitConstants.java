package org.replenish.units;

/** Exact definitions of the non-metric units the API accepts. */
final class UnitConstants {
    /** 1 US fluid ounce = 1/128 US gallon = 29.5735295625 mL (exact by definition). */
    static final double ML_PER_US_FL_OZ = 29.5735295625;
    /** 1 avoirdupois pound = 0.45359237 kg (exact by the 1959 international agreement). */
    static final double KG_PER_LB = 0.45359237;
    /** 1 international inch = 2.54 cm (exact by the 1959 international agreement). */
    static final double CM_PER_IN = 2.54;
    /** 1 international mile per hour = 1609.344 m / 3600 s = 0.44704 m/s (exact). */
    static final double M_PER_S_PER_MPH = 0.44704;
    /** 1 thermochemical kilocalorie = 4.184 kJ (exact by definition), the calorie of food and fitness exports. */
    static final double KJ_PER_KCAL = 4.184;

    private UnitConstants() {
    }
}
